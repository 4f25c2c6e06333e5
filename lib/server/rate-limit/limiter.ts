import "server-only";
import { createHmac } from "node:crypto";
import type { RateLimitResult, RateLimitRule, RateLimitStore } from "./types";

/** Hashes a client key with a salt: stores never see an address, and the hash cannot be reversed without the salt. */
export function hashClientKey(salt: Buffer | string, bucket: string, key: string): string {
  return createHmac("sha256", salt).update(`${bucket}\n${key}`).digest("hex");
}

export interface LimiterOptions {
  store: RateLimitStore;
  /** The HMAC key of this moment: may change (daily rotation) without harm beyond a reset. */
  salt: (now: number) => Buffer | string;
  now?: () => number;
}

/** A fixed-window limiter over a store: `limit` hits per `windowMs`, counted from the window's start. */
export function createRateLimiter({ store, salt, now = Date.now }: LimiterOptions) {
  return async function rateLimit(rule: RateLimitRule): Promise<RateLimitResult> {
    const at = now();
    const windowStart = Math.floor(at / rule.windowMs) * rule.windowMs;
    const hashed = hashClientKey(salt(at), rule.bucket, rule.key);
    const hits = await store.hit(rule.bucket, hashed, windowStart, rule.windowMs);
    return {
      ok: hits <= rule.limit,
      limit: rule.limit,
      remaining: Math.max(0, rule.limit - hits),
      retryAfterSeconds: Math.max(1, Math.ceil((windowStart + rule.windowMs - at) / 1000)),
    };
  };
}
