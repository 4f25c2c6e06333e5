import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { database } from "@/lib/server/db/client";
import { readDatabaseConfig } from "@/lib/server/db/config";
import { env } from "@/lib/server/env";
import { log } from "@/lib/server/log";
import { boundMemoryLimiter, MEMORY_KEYS_PER_BUCKET } from "./bounded-memory";
import { runnerClient, sharedLimiter } from "./shared-store";
import type { RateLimitResult, RateLimitRule } from "./types";

export type { RateLimitResult, RateLimitRule } from "./types";
export { rateLimitHeaders } from "./headers";
export { clientAddress } from "@/lib/server/http/client-address";

/**
 * Per-client limits with rate-limiter-flexible, one limiter per bucket (a flood on one route never
 * evicts another route's clients):
 * - memory (always): at most MEMORY_KEYS_PER_BUCKET clients per bucket; past that the client whose
 *   window started longest ago is forgotten (bounded-memory.ts), so a full table never refuses a new
 *   client. Keys are HMAC(random per-process salt, bucket + address);
 * - PostgreSQL (DATABASE_URL is PostgreSQL and RATE_LIMIT_SECRET set): windows shared by every instance
 *   in the `rate_limit` table, keyed by HMAC(RATE_LIMIT_SECRET, UTC day) of bucket + address, so the
 *   table never holds an address and yesterday's keys cannot be linked to today's. When the database
 *   fails, the bucket's memory limiter answers instead (rate-limiter-flexible's insurance limiter).
 * Windows are fixed: they start at a client's first hit and last `windowMs`.
 */
const PROCESS_SALT = randomBytes(32);

interface Limiter {
  consume(key: string): Promise<RateLimiterRes>;
}

interface Registry {
  limiters: Map<string, { limiter: Limiter; shared: boolean }>;
  shared: boolean | null;
}

const globalForLimiter = globalThis as typeof globalThis & { __objectionRateLimit?: Registry };

function registry(): Registry {
  globalForLimiter.__objectionRateLimit ??= { limiters: new Map(), shared: null };
  return globalForLimiter.__objectionRateLimit;
}

function usesSharedStore(): boolean {
  try {
    return Boolean(env().RATE_LIMIT_SECRET) && readDatabaseConfig().kind === "postgres";
  } catch {
    return false;
  }
}

let lastStoreWarning = 0;

/** Logged at most once a minute: the bucket's memory limiter answers meanwhile. */
function storeFailed(error: unknown) {
  if (Date.now() - lastStoreWarning < 60_000) return;
  lastStoreWarning = Date.now();
  log.warn("rate-limit.shared-store-failed", { reason: error instanceof Error ? error.name : "unknown" });
}

const sharedClient = runnerClient(async () => (await database()).driver.runner, storeFailed);

function limiterFor(rule: RateLimitRule): { limiter: Limiter; shared: boolean } {
  const reg = registry();
  const id = `${rule.bucket}:${rule.limit}:${rule.windowMs}`;
  let entry = reg.limiters.get(id);
  if (!entry) {
    reg.shared ??= usesSharedStore();
    const options = { points: rule.limit, duration: Math.ceil(rule.windowMs / 1000), keyPrefix: rule.bucket };
    const memory = boundMemoryLimiter(new RateLimiterMemory(options), MEMORY_KEYS_PER_BUCKET);
    entry = reg.shared
      ? {
          shared: true,
          limiter: sharedLimiter({ ...options, client: sharedClient, insurance: memory }),
        }
      : { shared: false, limiter: memory };
    reg.limiters.set(id, entry);
  }
  return entry;
}

function hashedKey(rule: RateLimitRule, shared: boolean, now: number): string {
  const salt = shared
    ? createHmac("sha256", env().RATE_LIMIT_SECRET!).update(new Date(now).toISOString().slice(0, 10)).digest()
    : PROCESS_SALT;
  return createHmac("sha256", salt).update(`${rule.bucket}\n${rule.key}`).digest("hex");
}

/**
 * Counts one hit for `key` (the client address) in `bucket` and says whether it is within `limit` per
 * `windowMs`: `rateLimit({ bucket: "count", key: clientAddress(request), limit: 60, windowMs: 600_000 })`.
 * Never throws: a failure of both stores lets the request through (and is logged).
 */
export async function rateLimit(rule: RateLimitRule): Promise<RateLimitResult> {
  const { limiter, shared } = limiterFor(rule);
  let res: RateLimiterRes;
  let ok = true;
  try {
    res = await limiter.consume(hashedKey(rule, shared, Date.now()));
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) {
      log.error("rate-limit.failed", { bucket: rule.bucket });
      return { ok: true, limit: rule.limit, remaining: rule.limit, retryAfterSeconds: 1 };
    }
    res = rejection;
    ok = false;
  }
  return {
    ok,
    limit: rule.limit,
    remaining: Math.max(0, res.remainingPoints),
    retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  };
}
