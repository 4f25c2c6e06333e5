import "server-only";
import { PrismaClient } from "@prisma/client";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { describeDatabase, readDatabaseConfig, type DatabaseConfig } from "./config";
import { applyMigrations, loadMigrations, migrationState } from "./migrate";
import { openDriver, type Driver } from "./sql-runner";
import { log } from "@/lib/server/log";

/**
 * One database connection per process. Kept on `globalThis` so a development reload reuses it:
 * a second PGlite on the same folder would corrupt it.
 */
export interface Database {
  config: DatabaseConfig;
  driver: Driver;
  prisma: PrismaClient;
}

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

const globalForDb = globalThis as typeof globalThis & { __objectionDb?: Promise<Database> };

/** Opens, migrates (unless DB_AUTO_MIGRATE=false) and wraps a database. Tests use it directly. */
export async function openDatabase(config: DatabaseConfig = readDatabaseConfig()): Promise<Database> {
  const driver = await openDriver(config);
  try {
    const migrations = await loadMigrations();
    if (process.env.DB_AUTO_MIGRATE !== "false") {
      const applied = await applyMigrations(driver.runner, migrations);
      if (applied.length > 0) log.info("database.migrated", { database: describeDatabase(config), applied });
    } else {
      const state = await migrationState(driver.runner, migrations);
      if (state.pending.length > 0) {
        throw new DatabaseUnavailableError(
          `The database is behind: ${state.pending.length} migration(s) pending. Run \`npm run db:migrate\`.`,
        );
      }
    }
    let prisma: PrismaClient;
    if (driver.pglite) {
      const { PrismaPGlite } = await import("pglite-prisma-adapter");
      // pglite-prisma-adapter 0.6 is typed against @prisma/driver-adapter-utils 6.10; the runtime
      // interface is unchanged in 6.19 (tests/db runs every query through it), only the types drifted.
      const adapter = new PrismaPGlite(driver.pglite) as unknown as SqlDriverAdapterFactory;
      prisma = new PrismaClient({ adapter });
    } else {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      prisma = new PrismaClient({ adapter: new PrismaPg(driver.pool!) });
    }
    return { config, driver, prisma };
  } catch (error) {
    await driver.close().catch(() => {});
    throw error;
  }
}

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

/** Closes a database opened with `openDatabase`. */
export async function closeDatabaseHandle(db: Database): Promise<void> {
  await db.prisma.$disconnect().catch(() => {});
  await db.driver.close().catch(() => {});
}

/** Closes the process's connection (tests, scripts). */
export async function closeDatabase(): Promise<void> {
  const current = globalForDb.__objectionDb;
  globalForDb.__objectionDb = undefined;
  if (!current) return;
  const db = await current.catch(() => null);
  if (db) await closeDatabaseHandle(db);
}
