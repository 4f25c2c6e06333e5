import "server-only";
import { letterRateLimitGuard } from "@/lib/server/security/letter-rate-limit";
import type { LetterHandlerOptions } from "./handle-letter-request";

/**
 * The one place where cross-cutting behaviour plugs into both letter routes:
 * - `guard`: rate limiting (answer 429 `rate-limited` with Retry-After, before the body is read);
 * - `onLetter`: the anonymous letter counter (`recordLetter` in lib/server/stats/record-letter.ts).
 * Both are optional: without them the routes produce letters and count nothing.
 */
export const letterHooks: Pick<LetterHandlerOptions, "guard" | "onLetter"> = { guard: letterRateLimitGuard };
