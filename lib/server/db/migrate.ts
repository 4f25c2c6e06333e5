import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/server/env";
import type { SqlRunner } from "./sql-runner";

/**
 * Applies `prisma/migrations/*\/migration.sql` in order and records them in Prisma's own
 * `_prisma_migrations` table, so `prisma migrate status` agrees with what ran.
 * We apply them ourselves rather than through `prisma migrate deploy` because the CLI cannot
 * migrate PostgreSQL offline through @prisma/adapter-pg (prisma/orm#27403), and an embedded
 * PGlite folder can only be opened by one process at a time (the app's).
 */

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationState {
  applied: string[];
  pending: string[];
  /** Migrations recorded in the database that this code does not know: the database is ahead. */
  unknown: string[];
  /** Recorded migrations whose file changed since they ran. */
  modified: string[];
}

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Arbitrary constant shared by every instance of this app: serialises concurrent start-ups.
const MIGRATION_LOCK_ID = 72_110_021;

export function migrationsDir(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ process.cwd(),
    env().MIGRATIONS_DIR ?? path.join("prisma", "migrations"),
  );
}

export async function loadMigrations(dir = migrationsDir()): Promise<Migration[]> {
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

async function recorded(runner: SqlRunner): Promise<{ migration_name: string; checksum: string }[]> {
  const exists = await runner.query<{ present: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  if (!exists[0]?.present) return [];
  return runner.query(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
}

/** Compares the migrations in the repository with those recorded in the database. */
export async function migrationState(runner: SqlRunner, migrations: Migration[]): Promise<MigrationState> {
  const done = await recorded(runner);
  const byName = new Map(done.map((row) => [row.migration_name, row.checksum]));
  const known = new Set(migrations.map((m) => m.name));
  return {
    applied: migrations.filter((m) => byName.has(m.name)).map((m) => m.name),
    pending: migrations.filter((m) => !byName.has(m.name)).map((m) => m.name),
    unknown: done.map((row) => row.migration_name).filter((name) => !known.has(name)),
    modified: migrations
      .filter((m) => byName.has(m.name) && byName.get(m.name) !== m.checksum)
      .map((m) => m.name),
  };
}

/** Applies every pending migration, each in its own transaction; returns the names applied. */
export async function applyMigrations(runner: SqlRunner, migrations: Migration[]): Promise<string[]> {
  return runner.withLock(MIGRATION_LOCK_ID, async () => {
    await runner.exec(MIGRATIONS_TABLE);
    const state = await migrationState(runner, migrations);
    const applied: string[] = [];
    for (const migration of migrations.filter((m) => state.pending.includes(m.name))) {
      const id = randomUUID();
      const quoted = (value: string) => `'${value.replaceAll("'", "''")}'`;
      // A multi-statement simple query runs as one implicit transaction on PostgreSQL and PGlite:
      // the migration and its record land together or not at all.
      await runner.exec(
        `${migration.sql}\n;INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES (${quoted(id)}, ${quoted(migration.checksum)}, ${quoted(migration.name)}, now(), 1);`,
      );
      applied.push(migration.name);
    }
    return applied;
  });
}
