import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A production `next start` of the already built app, started by a test itself so the test can read
 * everything the server prints (privacy checks), stop it, or run several (fault and load tests).
 * Uses the build in NEXT_DIST_DIR (default `.next`), like the Playwright web server.
 */
export interface AppServer {
  port: number;
  baseURL: string;
  pid: number;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export async function startAppServer(
  env: Record<string, string | undefined>,
  { port, readyTimeoutMs = 60_000 }: { port?: number; readyTimeoutMs?: number } = {},
): Promise<AppServer> {
  const chosen = port ?? (await freePort());
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(chosen), "-H", "127.0.0.1"],
    {
      cwd: root,
      // An `undefined` in `env` removes that variable (e.g. LOG_LEVEL inherited from the test run).
      env: Object.fromEntries(
        Object.entries({
          ...process.env,
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          ...env,
        }).filter(([, value]) => value !== undefined),
      ) as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const baseURL = `http://127.0.0.1:${chosen}`;

  const server: AppServer = {
    port: chosen,
    baseURL,
    pid: child.pid!,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${baseURL}/api/health`);
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`next start did not answer within ${readyTimeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Resident memory of a process in KiB (Linux /proc), or null elsewhere. */
export async function residentMemoryKiB(pid: number): Promise<number | null> {
  const { readFile } = await import("node:fs/promises");
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}
