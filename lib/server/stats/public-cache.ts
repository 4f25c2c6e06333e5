import "server-only";
import type { PrismaClient } from "@prisma/client";
import { log } from "@/lib/server/log";
import type { PublicStats } from "@/lib/universal/stats/types";
import { publicStats } from "./queries";

/** How long the public totals are reused before the database is asked again. */
export const PUBLIC_STATS_TTL_MS = 30_000;

/**
 * Kept on `globalThis`: the API route and the home page are separate server bundles, each with its own
 * copy of this module, and they must show the same figure from the same cache.
 */
const store = globalThis as typeof globalThis & {
  __objectionPublicStats?: {
    cached: { stats: PublicStats; until: number } | null;
    /** The last total read from the database by this process (kept when the database goes away). */
    lastLetters: number | null;
  };
};
const state = (store.__objectionPublicStats ??= { cached: null, lastLetters: null });

/** The public totals, computed at most once per 30 seconds per process. */
export async function cachedPublicStats(
  db: () => Promise<PrismaClient>,
  now = Date.now(),
): Promise<PublicStats> {
  if (state.cached && state.cached.until > now) return state.cached.stats;
  const stats = await publicStats(await db());
  state.cached = { stats, until: now + PUBLIC_STATS_TTL_MS };
  state.lastLetters = stats.letters;
  return stats;
}

/**
 * The public letter total shown on the home page: the same figure, from the same cache, as
 * `GET /api/v1/stats`. If the database cannot be read, the last total this process read, else null
 * (the page then says the count is unavailable). Null during `next build`: the build never opens the
 * database (its workers would share one PGlite folder); the first regeneration brings the figure.
 */
export async function homeLetterCount(
  db: () => Promise<PrismaClient>,
  { now = Date.now(), building = process.env.NEXT_PHASE === "phase-production-build" } = {},
): Promise<number | null> {
  if (building) return null;
  try {
    return (await cachedPublicStats(db, now)).letters;
  } catch (error) {
    log.warn("stats.home_count_unavailable", {
      reason: error instanceof Error ? error.name : "unknown",
      kept: state.lastLetters !== null,
    });
    return state.lastLetters;
  }
}

/** Forgets the cached totals (tests). */
export function clearPublicStatsCache(): void {
  state.cached = null;
  state.lastLetters = null;
}
