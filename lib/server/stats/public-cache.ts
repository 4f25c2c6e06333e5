import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { PublicStats } from "@/lib/universal/stats/types";
import { publicStats } from "./queries";

/** How long the public totals are reused before the database is asked again. */
export const PUBLIC_STATS_TTL_MS = 30_000;

let cached: { stats: PublicStats; until: number } | null = null;

/** The public totals, computed at most once per 30 seconds per process. */
export async function cachedPublicStats(
  db: () => Promise<PrismaClient>,
  now = Date.now(),
): Promise<PublicStats> {
  if (cached && cached.until > now) return cached.stats;
  const stats = await publicStats(await db());
  cached = { stats, until: now + PUBLIC_STATS_TTL_MS };
  return stats;
}

/** Forgets the cached totals (tests). */
export function clearPublicStatsCache(): void {
  cached = null;
}
