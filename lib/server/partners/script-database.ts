import { readDatabaseConfig, type DatabaseConfig } from "@/lib/server/db/config";
import { closeDatabaseHandle, openDatabase } from "@/lib/server/db/open-database";
import type { PrismaClient } from "@prisma/client";

export interface ScriptDatabase {
  prisma: PrismaClient;
  close(): Promise<void>;
}

/** Opens and migrates the database of `DATABASE_URL` for a command-line script, as the app does on first use. */
export async function openScriptDatabase(
  config: DatabaseConfig = readDatabaseConfig(),
): Promise<ScriptDatabase> {
  const db = await openDatabase(config);
  return { prisma: db.prisma, close: () => closeDatabaseHandle(db) };
}
