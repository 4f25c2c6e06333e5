// Opens the database for command-line scripts run by tsx. lib/server/db/client.ts cannot be used
// there: it imports `server-only`, which throws outside a React Server Components bundle.
import { PrismaClient } from "@prisma/client";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { readDatabaseConfig, type DatabaseConfig } from "@/lib/server/db/config";
import { applyMigrations, loadMigrations } from "@/lib/server/db/migrate";
import { openDriver } from "@/lib/server/db/sql-runner";

export interface ScriptDatabase {
  prisma: PrismaClient;
  close(): Promise<void>;
}

/** Opens and migrates the database of `DATABASE_URL`, the same way the app does on first use. */
export async function openScriptDatabase(
  config: DatabaseConfig = readDatabaseConfig(),
): Promise<ScriptDatabase> {
  const driver = await openDriver(config);
  try {
    await applyMigrations(driver.runner, await loadMigrations());
    let prisma: PrismaClient;
    if (driver.pglite) {
      const { PrismaPGlite } = await import("pglite-prisma-adapter");
      // Same type drift as in lib/server/db/client.ts: the runtime interface matches 6.19.
      prisma = new PrismaClient({
        adapter: new PrismaPGlite(driver.pglite) as unknown as SqlDriverAdapterFactory,
      });
    } else {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      prisma = new PrismaClient({ adapter: new PrismaPg(driver.pool!) });
    }
    return {
      prisma,
      async close() {
        await prisma.$disconnect().catch(() => {});
        await driver.close().catch(() => {});
      },
    };
  } catch (error) {
    await driver.close().catch(() => {});
    throw error;
  }
}
