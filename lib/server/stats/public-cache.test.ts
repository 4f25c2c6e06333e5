import type { PrismaClient } from "@prisma/client";
import { beforeEach, describe, expect, it } from "vitest";
import { clearPublicStatsCache, homeLetterCount, PUBLIC_STATS_TTL_MS } from "./public-cache";

/** A database whose daily_count sums to `letters` (one row), or that is down. */
function database(state: { letters: number; down: boolean; reads: number }) {
  return async () => {
    if (state.down) throw new Error("connection refused");
    state.reads += 1;
    return {
      $queryRaw: async () => [
        { day: "2026-11-01", country: "FR", locale: "fr", count: BigInt(state.letters) },
      ],
    } as unknown as PrismaClient;
  };
}

describe("homeLetterCount", () => {
  beforeEach(() => clearPublicStatsCache());
  const t0 = 1_000_000;

  it("is the public total, from the same 30-second cache as GET /api/v1/stats", async () => {
    const state = { letters: 41, down: false, reads: 0 };
    expect(await homeLetterCount(database(state), { now: t0, building: false })).toBe(41);
    state.letters = 42;
    expect(await homeLetterCount(database(state), { now: t0 + 1_000, building: false })).toBe(41);
    expect(
      await homeLetterCount(database(state), { now: t0 + PUBLIC_STATS_TTL_MS + 1, building: false }),
    ).toBe(42);
    expect(state.reads).toBe(2);
  });

  it("keeps the last total when the database goes away, and says nothing rather than 0 before any", async () => {
    const state = { letters: 41, down: true, reads: 0 };
    expect(await homeLetterCount(database(state), { now: t0, building: false })).toBeNull();
    state.down = false;
    expect(await homeLetterCount(database(state), { now: t0 + 1, building: false })).toBe(41);
    state.down = true;
    expect(
      await homeLetterCount(database(state), { now: t0 + PUBLIC_STATS_TTL_MS + 2, building: false }),
    ).toBe(41);
  });

  it("never opens the database during `next build`", async () => {
    const state = { letters: 41, down: false, reads: 0 };
    expect(await homeLetterCount(database(state), { now: t0, building: true })).toBeNull();
    expect(state.reads).toBe(0);
  });
});
