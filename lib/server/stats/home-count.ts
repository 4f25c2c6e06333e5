import "server-only";
import { prisma } from "@/lib/server/db/client";
import { log } from "@/lib/server/log";
import { cachedPublicStats } from "./public-cache";

/**
 * The public letter total for the home page, or null when it cannot be read. Never read while `next build`
 * prerenders the page: the build must not open (or create) the production database; the page then carries
 * no count until its first regeneration, a minute at most after the server starts serving it.
 */
export async function homeLetterCount(): Promise<number | null> {
  if (process.env.NEXT_PHASE === "phase-production-build") return null;
  try {
    return (await cachedPublicStats(prisma)).letters;
  } catch (error) {
    log.error("stats.failed", { reason: error instanceof Error ? error.name : "unknown" });
    return null;
  }
}
