/** One rate-limit check: `limit` hits per window of `windowMs` (from the client's first hit) for `key` in `bucket`. */
export interface RateLimitRule {
  /** Short name of what is limited ("count", "letter", "partner-token"): keeps buckets apart. */
  bucket: string;
  /** Who is limited, usually the client address: hashed before it is kept anywhere. */
  key: string;
  limit: number;
  windowMs: number;
}

export interface RateLimitResult {
  ok: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends (the `Retry-After` value when refused). */
  retryAfterSeconds: number;
}
