import "server-only";
import type { RateLimitResult } from "./types";

/**
 * The client's address as the nearest proxy saw it: the last `X-Forwarded-For` entry (which a reverse
 * proxy appends; `next start` sets it from the socket when no proxy did), then `X-Real-IP`.
 * Used only as a rate-limit key, hashed at once, never logged or stored.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}

/** `Retry-After` and the usual `RateLimit-*` headers of a result. */
export function rateLimitHeaders(result: RateLimitResult): Record<string, string> {
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(result.limit),
    "RateLimit-Remaining": String(result.remaining),
    "RateLimit-Reset": String(result.retryAfterSeconds),
  };
  if (!result.ok) headers["Retry-After"] = String(result.retryAfterSeconds);
  return headers;
}
