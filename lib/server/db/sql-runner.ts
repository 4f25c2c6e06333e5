import { mkdirSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";
import { env } from "@/lib/server/env";
import type { DatabaseConfig } from "./config";

/** The few raw operations the migrator and health check need, over PGlite or pg alike. */
export interface SqlRunner {
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements. */
  exec(sql: string): Promise<void>;
  /** Runs `work` while holding a cross-process lock (PostgreSQL advisory lock; PGlite is single-process). */
  withLock<T>(lockId: number, work: () => Promise<T>): Promise<T>;
}

export interface Driver {
  runner: SqlRunner;
  pglite?: PGlite;
  pool?: Pool;
  close(): Promise<void>;
}

export async function openDriver(config: DatabaseConfig): Promise<Driver> {
  if (config.kind === "pglite") {
    const { PGlite } = await import("@electric-sql/pglite");
    if (config.dataDir) mkdirSync(config.dataDir, { recursive: true });
    const db = config.dataDir ? new PGlite(config.dataDir) : new PGlite();
    await db.waitReady;
    const runner: SqlRunner = {
      async query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
        return (await db.query<T>(sql, params)).rows;
      },
      async exec(sql) {
        await db.exec(sql);
      },
      withLock: (_lockId, work) => work(),
    };
    return { runner, pglite: db, close: () => db.close() };
  }
  const { Pool } = await import("pg");
  const pool = new Pool({
    connectionString: config.url,
    max: env().DATABASE_POOL_SIZE,
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its server must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  const runner: SqlRunner = {
    async query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async withLock(lockId, work) {
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1)", [lockId]);
        try {
          return await work();
        } finally {
          await client.query("SELECT pg_advisory_unlock($1)", [lockId]);
        }
      } finally {
        client.release();
      }
    },
  };
  return { runner, pool, close: () => pool.end() };
}
