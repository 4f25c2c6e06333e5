import "server-only";
import type { PrismaClient } from "@prisma/client";
import { findActivePartner } from "@/lib/server/partners/repository";
import { utcDay } from "@/lib/universal/stats/day";
import { recordLetter } from "./record";

const PARTNER_CACHE_MS = 60_000;
const activePartners = new Map<string, { active: boolean; until: number }>();

/** Whether `slug` is an active partner, remembered for a minute so a burst of letters costs one lookup. */
async function isActivePartner(db: PrismaClient, slug: string, now: number): Promise<boolean> {
  const cached = activePartners.get(slug);
  if (cached && cached.until > now) return cached.active;
  const active = (await findActivePartner(db, slug)) !== null;
  if (activePartners.size > 10_000) activePartners.clear();
  activePartners.set(slug, { active, until: now + PARTNER_CACHE_MS });
  return active;
}

/**
 * Counts one generated letter for today (UTC). A slug that is not an active partner still counts the
 * letter, without attribution: a mistyped or revoked link must not lose it, nor create a partner row.
 */
export async function countLetter(
  db: PrismaClient,
  event: { country: string; locale: string; partner?: string },
  now = new Date(),
): Promise<void> {
  const partner =
    event.partner && (await isActivePartner(db, event.partner, now.getTime())) ? event.partner : "";
  await recordLetter(db, { country: event.country, locale: event.locale, partner, day: utcDay(now) });
}
