import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabaseHandle, openDatabase, type Database } from "@/lib/server/db/client";
import { applyMigrations, loadMigrations, migrationState } from "@/lib/server/db/migrate";
import { databaseTargets, TRUNCATE_ALL } from "../support/databases";

describe.each(databaseTargets())("database on $name", ({ config }) => {
  let db: Database;

  beforeAll(async () => {
    if (config.kind === "postgres") {
      // Start from an empty schema so the first migration really runs on the server.
      const { openDriver } = await import("@/lib/server/db/sql-runner");
      const driver = await openDriver(config);
      await driver.runner.exec(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`);
      await driver.close();
    }
    db = await openDatabase(config);
  });

  afterAll(async () => {
    if (db) await closeDatabaseHandle(db);
  });

  it("applies every migration on first open and records it where `prisma migrate status` looks", async () => {
    const migrations = await loadMigrations();
    const state = await migrationState(db.driver.runner, migrations);
    expect(state.pending).toEqual([]);
    expect(state.applied).toEqual(migrations.map((m) => m.name));
    const rows = await db.driver.runner.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
  });

  it("is idempotent: a second run applies nothing", async () => {
    expect(await applyMigrations(db.driver.runner, await loadMigrations())).toEqual([]);
  });

  it("reports a database that is behind", async () => {
    const migrations = await loadMigrations();
    const future = { name: "99999999999999_future", sql: "SELECT 1", checksum: "x" };
    const state = await migrationState(db.driver.runner, [...migrations, future]);
    expect(state.pending).toEqual([future.name]);
  });

  it("gives partners an optional message of up to 500 characters in French, English, German and Italian", async () => {
    const columns = await db.driver.runner.query<{
      column_name: string;
      data_type: string;
      character_maximum_length: number;
      is_nullable: string;
    }>(
      `SELECT column_name, data_type, character_maximum_length, is_nullable FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = 'partner' AND column_name LIKE 'message%'
       ORDER BY column_name`,
    );
    expect(
      columns.map((c) => ({ ...c, character_maximum_length: Number(c.character_maximum_length) })),
    ).toEqual(
      ["message_de", "message_en", "message_fr", "message_it"].map((column_name) => ({
        column_name,
        data_type: "character varying",
        character_maximum_length: 500,
        is_nullable: "YES",
      })),
    );
  });

  it("serves the Prisma client through the driver adapter", async () => {
    await db.driver.runner.exec(TRUNCATE_ALL);
    await db.prisma.partner.create({
      data: {
        slug: "test-ngo",
        name: "Test NGO",
        url: "https://ngo.example",
        defaultLocale: "fr",
        tokenHash: "h",
      },
    });
    const found = await db.prisma.partner.findUnique({ where: { slug: "test-ngo" } });
    expect(found?.name).toBe("Test NGO");
    expect(found?.revokedAt).toBeNull();
    await db.driver.runner.exec(TRUNCATE_ALL);
  });
});
