import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "./build";

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Whether nothing listens on `port` of 127.0.0.1. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export async function freshTempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

export interface RunningServer {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Kills every server this process started (also on Ctrl-C), by process group. */
function killAll() {
  for (const child of running) {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  running.clear();
}
process.once("exit", killAll);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}

async function waitFor(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode}:\n${output().slice(-3000)}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not answer ${url} within ${timeoutMs} ms:\n${output().slice(-3000)}`);
}

export interface StartOptions {
  /** Folder holding the Next.js project (ROOT for the app). */
  projectDir?: string;
  distDir?: string;
  env?: Record<string, string>;
  /** Path polled until the server answers (below 500). */
  readyPath?: string;
  /** A fixed port (the app is built for its origin); a free one otherwise. */
  port?: number;
}

/** `next start` on a free port of 127.0.0.1, in its own process group so it can be stopped whole. */
export async function startNext(options: StartOptions = {}): Promise<RunningServer> {
  const projectDir = options.projectDir ?? ROOT;
  const port = options.port ?? (await freePort());
  if (options.port && !(await portIsFree(options.port))) {
    throw new Error(`port ${options.port} is busy: set BENCH_PORT to a free port`);
  }
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, "node_modules", "next", "dist", "bin", "next"),
      "start",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      cwd: projectDir,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        // The load generator plays a reverse proxy: one X-Forwarded-For address per simulated client.
        TRUST_PROXY: "1",
        ...(options.distDir ? { NEXT_DIST_DIR: options.distDir } : {}),
        ...options.env,
      },
    },
  );
  running.add(child);
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${origin}${options.readyPath ?? "/"}`, child, 60_000, () => output);
  } catch (error) {
    if (child.pid) process.kill(-child.pid, "SIGKILL");
    running.delete(child);
    throw error;
  }
  return {
    origin,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode !== null || !child.pid) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
      const timer = setTimeout(() => {
        try {
          if (child.pid) process.kill(-child.pid, "SIGKILL");
        } catch {
          // Already gone.
        }
      }, 5000);
      await exited;
      clearTimeout(timer);
      running.delete(child);
    },
  };
}

/** Removes a temporary folder, ignoring errors (a server may still be releasing it). */
export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true }).catch(() => {});
}
