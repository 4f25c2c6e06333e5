import "server-only";
import { PrismaClient } from "@prisma/client";
import { describeDatabase, readDatabaseConfig, type DatabaseConfig } from "./config";
import { applyMigrations, loadMigrations, migrationState } from "./migrate";
import { openDriver, type Driver } from "./sql-runner";
import { log } from "@/lib/server/log";

/**
 * One database connection per process. Kept on `globalThis` so a development reload reuses it:
 * a second PGlite on the same folder would corrupt it.
 */
interface Database {
  config: DatabaseConfig;
  driver: Driver;
  prisma: PrismaClient;
}

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

const globalForDb = globalThis as typeof globalThis & { __objectionDb?: Promise<Database> };

async function connect(): Promise<Database> {
  const config = readDatabaseConfig();
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
      prisma = new PrismaClient({ adapter: new PrismaPGlite(driver.pglite) });
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
    const attempt = connect();
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

/** Closes the connection (tests, scripts). */
export async function closeDatabase(): Promise<void> {
  const current = globalForDb.__objectionDb;
  globalForDb.__objectionDb = undefined;
  if (!current) return;
  const db = await current.catch(() => null);
  if (!db) return;
  await db.prisma.$disconnect().catch(() => {});
  await db.driver.close().catch(() => {});
}
