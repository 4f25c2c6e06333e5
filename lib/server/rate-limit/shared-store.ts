// No `server-only`: tests/db drives the shared store directly.
import { RateLimiterPostgres, type RateLimiterMemory } from "rate-limiter-flexible";
import type { SqlRunner } from "@/lib/server/db/sql-runner";

/** The `rate_limit` table (prisma/migrations): rate-limiter-flexible's PostgreSQL layout. */
export const RATE_LIMIT_TABLE = "rate_limit";

/**
 * rate-limiter-flexible's `client` store type over the app's SqlRunner (pg or PGlite): it calls
 * `query({ text, values })` and reads `rows`. BIGINT columns come back as strings (pg) or bigints
 * (PGlite); the library does arithmetic on `expire`, so they become numbers.
 */
export function runnerClient(runner: () => Promise<SqlRunner>, onError?: (error: unknown) => void) {
  return {
    async query(query: { text: string; values?: unknown[] }) {
      try {
        const rows = await (await runner()).query(query.text, query.values ?? []);
        return {
          rows: rows.map((row) =>
            Object.fromEntries(
              Object.entries(row).map(([key, value]) => [
                key,
                typeof value === "bigint" || (key === "expire" && typeof value === "string")
                  ? Number(value)
                  : value,
              ]),
            ),
          ),
        };
      } catch (error) {
        onError?.(error);
        throw error;
      }
    },
  };
}

export interface SharedLimiterOptions {
  points: number;
  /** Seconds. */
  duration: number;
  keyPrefix: string;
  client: ReturnType<typeof runnerClient>;
  /** Answers while the database fails. */
  insurance: RateLimiterMemory;
}

/** A limiter whose windows live in PostgreSQL, shared by every instance. */
export function sharedLimiter({ client, insurance, ...options }: SharedLimiterOptions): RateLimiterPostgres {
  return new RateLimiterPostgres({
    ...options,
    storeClient: client,
    storeType: "client",
    tableName: RATE_LIMIT_TABLE,
    // Created by prisma/migrations; the library deletes rows expired for an hour, hourly.
    tableCreated: true,
    insuranceLimiter: insurance,
  });
}
