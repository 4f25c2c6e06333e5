import "server-only";
import type { PrismaClient } from "@prisma/client";
import { log } from "@/lib/server/log";
import { closeDatabaseHandle, openDatabase, type Database } from "./open-database";

export { closeDatabaseHandle, openDatabase, type Database } from "./open-database";

/**
 * One database connection per process. Kept on `globalThis` so a development reload reuses it:
 * a second PGlite on the same folder would corrupt it.
 */
const globalForDb = globalThis as typeof globalThis & { __objectionDb?: Promise<Database> };

/**
 * The process's database, connected and migrated on first use. A failed attempt is not cached,
 * so the app recovers by itself when the database comes back.
 */
export function database(): Promise<Database> {
  if (!globalForDb.__objectionDb) {
    const attempt = openDatabase();
    globalForDb.__objectionDb = attempt;
    attempt.catch((error: unknown) => {
      if (globalForDb.__objectionDb === attempt) globalForDb.__objectionDb = undefined;
      log.error("database.unavailable", { reason: error instanceof Error ? error.message : String(error) });
    });
  }
  return globalForDb.__objectionDb;
}

export async function prisma(): Promise<PrismaClient> {
  return (await database()).prisma;
}

/** Closes the process's connection (tests, scripts). */
export async function closeDatabase(): Promise<void> {
  const current = globalForDb.__objectionDb;
  globalForDb.__objectionDb = undefined;
  if (!current) return;
  const db = await current.catch(() => null);
  if (db) await closeDatabaseHandle(db);
}
