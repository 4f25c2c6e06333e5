/**
 * `npm run db:migrate` applies pending migrations; `npm run db:status` reports them.
 * Run with tsx, outside Next.js (hence no `server-only` import here).
 */
import { describeDatabase, readDatabaseConfig } from "./config";
import { applyMigrations, loadMigrations, migrationState } from "./migrate";
import { openDriver } from "./sql-runner";

async function main(): Promise<number> {
  const command = process.argv[2] ?? "deploy";
  const config = readDatabaseConfig();
  const where = describeDatabase(config);
  let driver;
  try {
    driver = await openDriver(config);
    await driver.runner.query("SELECT 1");
  } catch (error) {
    console.error(
      `Cannot reach the database ${where}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 2;
  }
  try {
    const migrations = await loadMigrations();
    if (command === "status") {
      const state = await migrationState(driver.runner, migrations);
      console.log(`${where}: ${state.applied.length} applied, ${state.pending.length} pending.`);
      for (const name of state.pending) console.log(`  pending: ${name}`);
      for (const name of state.unknown) console.log(`  unknown to this code (database is ahead): ${name}`);
      for (const name of state.modified) console.log(`  changed since applied: ${name}`);
      return state.pending.length > 0 || state.unknown.length > 0 || state.modified.length > 0 ? 1 : 0;
    }
    if (command !== "deploy") {
      console.error(`Unknown command "${command}". Use "deploy" or "status".`);
      return 2;
    }
    const applied = await applyMigrations(driver.runner, migrations);
    console.log(
      applied.length ? `${where}: applied ${applied.join(", ")}.` : `${where}: already up to date.`,
    );
    return 0;
  } catch (error) {
    console.error(`Migration failed on ${where}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await driver.close().catch(() => {});
  }
}

main().then((code) => process.exit(code));
