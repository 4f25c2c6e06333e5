import "server-only";
import { database } from "./client";
import { describeDatabase, readDatabaseConfig } from "./config";
import { loadMigrations, migrationState } from "./migrate";

export interface DatabaseHealth {
  status: "up" | "down" | "behind";
  kind: "pglite" | "postgres" | "unknown";
  pendingMigrations?: number;
  message?: string;
}

/** Reports whether the database answers and is at the repository's migration level. */
export async function checkDatabase(timeoutMs = 2_000): Promise<DatabaseHealth> {
  let kind: DatabaseHealth["kind"] = "unknown";
  try {
    const config = readDatabaseConfig();
    kind = config.kind;
    const probe = (async () => {
      const db = await database();
      await db.driver.runner.query("SELECT 1 AS ok");
      const state = await migrationState(db.driver.runner, await loadMigrations());
      return state;
    })();
    const state = await Promise.race([
      probe,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out")), timeoutMs).unref()),
    ]);
    if (state.pending.length > 0) {
      return {
        status: "behind",
        kind,
        pendingMigrations: state.pending.length,
        message: describeDatabase(config),
      };
    }
    return { status: "up", kind };
  } catch (error) {
    return { status: "down", kind, message: error instanceof Error ? error.message : "unavailable" };
  }
}
