// No `server-only` here: command-line scripts run by tsx (the partner tool, test seeding) open the
// database through this module too. The process singleton lives in client.ts.
import { PrismaClient } from "@prisma/client";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { env } from "@/lib/server/env";
import { log } from "@/lib/server/log";
import { describeDatabase, readDatabaseConfig, type DatabaseConfig } from "./config";
import { applyMigrations, loadMigrations, migrationState } from "./migrate";
import { openDriver, type Driver } from "./sql-runner";

export interface Database {
  config: DatabaseConfig;
  driver: Driver;
  prisma: PrismaClient;
}

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

/** Opens, migrates (unless DB_AUTO_MIGRATE=false) and wraps a database. Tests use it directly. */
export async function openDatabase(config: DatabaseConfig = readDatabaseConfig()): Promise<Database> {
  const driver = await openDriver(config);
  try {
    const migrations = await loadMigrations();
    if (env().DB_AUTO_MIGRATE) {
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

/** Closes a database opened with `openDatabase`. */
export async function closeDatabaseHandle(db: Database): Promise<void> {
  await db.prisma.$disconnect().catch(() => {});
  await db.driver.close().catch(() => {});
}
