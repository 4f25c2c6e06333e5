import { spawn } from "node:child_process";
import { ROOT } from "./build";

/** Runs a command in the repository and returns its stdout; rejects with the end of stderr on failure. */
export function runChild(
  command: string,
  args: string[],
  options: { env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-5000)));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 300_000);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else
        reject(
          new Error(
            `${command} ${args.join(" ")} exited with ${code ?? signal}: ${stderr.trim().slice(-1500)}`,
          ),
        );
    });
  });
}

/** The last line of `output` that parses as JSON (scripts may print logs before it). */
export function lastJson<T>(output: string): T {
  const trimmed = output.trim();
  try {
    return JSON.parse(trimmed) as T;
  } catch {
    const lines = trimmed.split("\n").reverse();
    for (const line of lines) {
      try {
        return JSON.parse(line) as T;
      } catch {
        // Not this one.
      }
    }
  }
  throw new Error(`no JSON in output: ${trimmed.slice(-300)}`);
}
