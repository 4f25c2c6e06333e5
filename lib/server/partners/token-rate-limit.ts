import "server-only";

/** Token checks (stats API and stats page) per client: enough for a person, far too few to guess. */
export const PARTNER_TOKEN_RATE_LIMIT = {
  bucket: "partner-token",
  limit: 20,
  windowMs: 10 * 60_000,
} as const;
