import "server-only";
import type { PrismaClient } from "@prisma/client";

/** One generated letter, as counted: nothing about the person, only what the daily totals need. */
export interface LetterEvent {
  country: string;
  locale: string;
  /** Partner slug, or "" when the letter was not made through a partner link. */
  partner: string;
  /** UTC day, YYYY-MM-DD. */
  day: string;
}

/**
 * Adds one letter to its daily aggregate row. A single `INSERT … ON CONFLICT … DO UPDATE` is atomic
 * on PostgreSQL and PGlite, so concurrent events never lose an increment (tests/db/stats.test.ts
 * sends 1,000 at once).
 */
export async function recordLetter(db: PrismaClient, event: LetterEvent): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "daily_count" ("day", "country", "locale", "partner", "count")
    VALUES (${event.day}::date, ${event.country}, ${event.locale}, ${event.partner}, 1)
    ON CONFLICT ("day", "country", "locale", "partner")
    DO UPDATE SET "count" = "daily_count"."count" + 1`;
}
