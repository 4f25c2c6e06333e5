import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { prisma } from "@/lib/server/db/client";
import { readDatabaseConfig } from "@/lib/server/db/config";
import { log } from "@/lib/server/log";
import { createRateLimiter } from "./limiter";
import { memoryStore } from "./memory-store";
import { sqlStore } from "./sql-store";
import type { RateLimitResult, RateLimitRule } from "./types";

export type { RateLimitResult, RateLimitRule } from "./types";
export { clientAddress, rateLimitHeaders } from "./client";

/**
 * The process's rate limiter, chosen once:
 * - PostgreSQL and `RATE_LIMIT_SECRET` set: windows shared by every instance in `rate_limit_bucket`,
 *   keys hashed with HMAC(RATE_LIMIT_SECRET, UTC day), so instances agree and yesterday's hashes
 *   cannot be linked to today's;
 * - otherwise: windows in this process's memory, keys hashed with a random salt made at start-up and
 *   never written anywhere (several instances then limit separately).
 * If the shared store fails (database down), the check falls back to memory rather than refusing or
 * crashing.
 */
function defaultLimiter() {
  const memory = createRateLimiter({ store: memoryStore(), salt: () => PROCESS_SALT });
  const secret = process.env.RATE_LIMIT_SECRET;
  let shared: ReturnType<typeof createRateLimiter> | null = null;
  try {
    if (secret && readDatabaseConfig().kind === "postgres") {
      shared = createRateLimiter({
        store: sqlStore(prisma),
        salt: (now) => createHmac("sha256", secret).update(new Date(now).toISOString().slice(0, 10)).digest(),
      });
    }
  } catch {
    shared = null;
  }
  return async (rule: RateLimitRule): Promise<RateLimitResult> => {
    if (!shared) return memory(rule);
    try {
      return await shared(rule);
    } catch (error) {
      log.warn("rate-limit.shared-store-failed", {
        bucket: rule.bucket,
        reason: error instanceof Error ? error.name : "unknown",
      });
      return memory(rule);
    }
  };
}

const PROCESS_SALT = randomBytes(32);
const globalForLimiter = globalThis as typeof globalThis & {
  __objectionRateLimit?: (rule: RateLimitRule) => Promise<RateLimitResult>;
};

/**
 * Counts one hit for `key` (e.g. the client address) in `bucket` and says whether it is within
 * `limit` per `windowMs`: `rateLimit({ bucket: "count", key: clientAddress(request.headers), limit: 30, windowMs: 600_000 })`.
 */
export function rateLimit(rule: RateLimitRule): Promise<RateLimitResult> {
  globalForLimiter.__objectionRateLimit ??= defaultLimiter();
  return globalForLimiter.__objectionRateLimit(rule);
}
