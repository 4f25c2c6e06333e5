import type { DatabaseConfig } from "@/lib/server/db/config";

export interface DatabaseTarget {
  name: string;
  config: DatabaseConfig;
}

/**
 * The databases every database suite runs against: an in-memory PGlite, and the real PostgreSQL
 * server that `tests/support/with-postgres.sh` (or `.ci/run`) provides. Without a server the
 * PostgreSQL run fails rather than being skipped silently, except when ALLOW_NO_POSTGRES=1.
 */
export function databaseTargets(): DatabaseTarget[] {
  const targets: DatabaseTarget[] = [{ name: "PGlite", config: { kind: "pglite", dataDir: null } }];
  const url = process.env.TEST_POSTGRES_URL;
  if (url) targets.push({ name: "PostgreSQL", config: { kind: "postgres", url } });
  else if (process.env.ALLOW_NO_POSTGRES !== "1") {
    throw new Error("TEST_POSTGRES_URL is not set: run the database tests through `npm run test:db`.");
  }
  return targets;
}

/** Empties every application table (PostgreSQL keeps data between runs; PGlite memory does not). */
export const TRUNCATE_ALL = `TRUNCATE "partner", "daily_count", "rate_limit"`;
