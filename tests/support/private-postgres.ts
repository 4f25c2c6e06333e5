import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./app-server";

/**
 * A throwaway PostgreSQL cluster of our own (initdb in /tmp, a free port, trust auth on 127.0.0.1),
 * which fault tests may stop and start at will without touching the machine's PostgreSQL.
 * As root the server runs as the `postgres` user (PostgreSQL refuses to run as root).
 */
export interface PrivatePostgres {
  port: number;
  url: string;
  start(): void;
  stop(): void;
  /** Runs SQL with psql and returns its unaligned, tuples-only output. */
  sql(query: string): string;
  destroy(): void;
}

function binDir(): string {
  const fromEnv = process.env.PG_BIN_DIR;
  if (fromEnv) return fromEnv;
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((name) => existsSync(path.join(root, name, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(root, versions[0], "bin");
  }
  return path.dirname(execFileSync("sh", ["-c", "command -v initdb"]).toString().trim());
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = binDir();
  const port = await freePort();
  const base = mkdtempSync(path.join(tmpdir(), "objection-pg-"));
  const data = path.join(base, "data");
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString());
    chownSync(base, uid, gid);
  }
  const run = (command: string, args: string[]) => {
    const full = path.join(bin, command);
    return asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", full, ...args], { stdio: "pipe" })
      : execFileSync(full, args, { stdio: "pipe" });
  };
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  const options = `-p ${port} -k ${base} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const cluster: PrivatePostgres = {
    port,
    url: `postgresql://postgres@127.0.0.1:${port}/objection`,
    start: () =>
      void run("pg_ctl", ["-D", data, "-o", options, "-l", path.join(base, "server.log"), "-w", "start"]),
    stop: () => void run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
    sql: (query) =>
      execFileSync("psql", [
        "-h",
        "127.0.0.1",
        "-p",
        String(port),
        "-U",
        "postgres",
        "-d",
        "objection",
        "-At",
        "-c",
        query,
      ])
        .toString()
        .trim(),
    destroy() {
      try {
        cluster.stop();
      } catch {
        // already stopped
      }
      rmSync(base, { recursive: true, force: true });
    },
  };
  cluster.start();
  execFileSync(
    "psql",
    [
      "-h",
      "127.0.0.1",
      "-p",
      String(port),
      "-U",
      "postgres",
      "-d",
      "postgres",
      "-c",
      "CREATE DATABASE objection",
    ],
    {
      stdio: "pipe",
    },
  );
  return cluster;
}
