import "server-only";
import type { PrismaClient } from "@prisma/client";
import { daysBetween, utcDay } from "@/lib/universal/stats/day";
import { foldSmallCounts, sumByKey } from "@/lib/universal/stats/fold";
import type { PartnerStats, PublicStats } from "@/lib/universal/stats/types";

interface Row {
  day: string;
  country: string;
  locale: string;
  count: number;
}

async function rows(db: PrismaClient, partner?: string): Promise<Row[]> {
  // Summed in SQL by (day, country, locale): a handful of rows per day whatever the traffic.
  const found =
    partner === undefined
      ? await db.$queryRaw<{ day: string; country: string; locale: string; count: bigint | number }[]>`
          SELECT to_char("day", 'YYYY-MM-DD') AS "day", "country", "locale", SUM("count") AS "count"
          FROM "daily_count" GROUP BY "day", "country", "locale"`
      : await db.$queryRaw<{ day: string; country: string; locale: string; count: bigint | number }[]>`
          SELECT to_char("day", 'YYYY-MM-DD') AS "day", "country", "locale", SUM("count") AS "count"
          FROM "daily_count" WHERE "partner" = ${partner} GROUP BY "day", "country", "locale"`;
  return found.map((row) => ({ ...row, count: Number(row.count) }));
}

const total = (all: Row[]) => all.reduce((sum, row) => sum + row.count, 0);
const firstDay = (all: Row[]) =>
  all.reduce<string | null>((min, row) => (!min || row.day < min ? row.day : min), null);

/** The public totals over every letter, attributed or not. */
export async function publicStats(db: PrismaClient, now = new Date()): Promise<PublicStats> {
  const all = await rows(db);
  return {
    letters: total(all),
    byCountry: foldSmallCounts(sumByKey(all, (row) => row.country)),
    since: firstDay(all) ?? utcDay(now),
  };
}

/** One partner's counts; the caller has checked the partner's token. */
export async function partnerStats(
  db: PrismaClient,
  partner: string,
  now = new Date(),
): Promise<PartnerStats> {
  const all = await rows(db, partner);
  const since = firstDay(all);
  const perDay = sumByKey(all, (row) => row.day);
  const today = utcDay(now);
  // Long histories show their last year: the chart has to stay readable.
  const start =
    since && since < today ? maxDay(since, utcDay(new Date(now.getTime() - 365 * 86_400_000))) : today;
  return {
    partner,
    letters: total(all),
    since,
    byDay: since ? daysBetween(start, today).map((day) => ({ day, count: perDay[day] ?? 0 })) : [],
    byLocale: largestFirst(sumByKey(all, (row) => row.locale)),
    byCountry: foldSmallCounts(sumByKey(all, (row) => row.country)),
  };
}

const maxDay = (a: string, b: string) => (a > b ? a : b);
const largestFirst = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
