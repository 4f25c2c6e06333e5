import "server-only";
import { prisma } from "@/lib/server/db/client";
import { log } from "@/lib/server/log";
import { letterRateLimitGuard } from "@/lib/server/security/letter-rate-limit";
import { countLetter } from "@/lib/server/stats/count-letter";
import type { LetterEvent, LetterHandlerOptions } from "./handle-letter-request";

/**
 * Counts a letter produced by the API without delaying it: the response does not wait for the
 * database, and a database that is down only costs the count (logged without any personal data).
 */
function countInBackground(event: LetterEvent): void {
  void (async () => {
    const db = await prisma();
    await countLetter(db, {
      country: event.country,
      locale: event.locale,
      partner: event.partner ?? undefined,
    });
  })().catch((error: unknown) => {
    log.warn("count.skipped", {
      source: "letter-api",
      reason: error instanceof Error ? error.name : "unknown",
    });
  });
}

/**
 * The one place where cross-cutting behaviour plugs into the letter routes:
 * - `guard`: rate limiting (answer 429 `rate-limited` with Retry-After, before the body is read);
 * - `onLetter`: the anonymous letter counter. Only the PDF route counts: the plain-text route serves
 *   the same letter's text (partners fetch both), so counting it too would count one letter twice.
 */
export const letterHooks: Pick<LetterHandlerOptions, "guard"> = { guard: letterRateLimitGuard };
export const pdfLetterHooks: Pick<LetterHandlerOptions, "guard" | "onLetter"> = {
  ...letterHooks,
  onLetter: countInBackground,
};
