// No `server-only` here: the partner CLI (run by tsx, outside Next.js) imports this module.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** Prefix that makes a leaked token recognisable (secret scanners, logs) without revealing it. */
const TOKEN_PREFIX = "olt_";

/** A new stats token: 32 random bytes, base64url. Shown once; only its hash is stored. */
export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/** SHA-256 of a token, hex. A fast hash is enough: the token has 256 bits of entropy, nothing to brute-force. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether `token` hashes to `expectedHash`, in constant time (no early exit on the first differing byte). */
export function tokenMatches(token: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashToken(token), "hex");
  const expected = Buffer.from(expectedHash, "hex");
  if (expected.length !== actual.length) {
    // Still compare something of the same length so a malformed stored hash takes the same time.
    timingSafeEqual(actual, actual);
    return false;
  }
  return timingSafeEqual(actual, expected);
}

/** Reads `Authorization: Bearer <token>`; undefined when absent or malformed. */
export function bearerToken(header: string | null | undefined): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9_\-.~+/=]{1,200})\s*$/i.exec(header ?? "");
  return match?.[1];
}
