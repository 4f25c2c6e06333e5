import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { closeDatabaseHandle, openDatabase, type Database } from "@/lib/server/db/client";
import {
  createPartner,
  findActivePartner,
  PartnerExistsError,
  PartnerNotFoundError,
  revokePartner,
  rotatePartnerToken,
  verifyPartnerToken,
} from "@/lib/server/partners/repository";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { runnerClient, sharedLimiter } from "@/lib/server/rate-limit/shared-store";
import { countLetter } from "@/lib/server/stats/count-letter";
import { partnerStats, publicStats } from "@/lib/server/stats/queries";
import { recordLetter } from "@/lib/server/stats/record";
import { databaseTargets, TRUNCATE_ALL } from "../support/databases";

const NGO = {
  slug: "test-ngo",
  name: "Test NGO",
  url: "https://ngo.example",
  defaultLocale: "fr" as const,
  messageFr: "Bonjour",
  messageEn: undefined,
  messageDe: undefined,
  messageIt: undefined,
};

describe.each(databaseTargets())("sharing on $name", ({ config }) => {
  let db: Database;

  beforeAll(async () => {
    db = await openDatabase(config);
  });
  beforeEach(async () => {
    await db.driver.runner.exec(TRUNCATE_ALL);
  });
  afterAll(async () => {
    if (db) {
      await db.driver.runner.exec(TRUNCATE_ALL);
      await closeDatabaseHandle(db);
    }
  });

  describe("counting letters", () => {
    it("1,000 concurrent events for the same row give exactly 1,000", async () => {
      const event = { country: "FR", locale: "fr", partner: "", day: "2026-11-28" };
      await Promise.all(Array.from({ length: 1000 }, () => recordLetter(db.prisma, event)));
      const rows = await db.prisma.dailyCount.findMany();
      expect(rows).toHaveLength(1);
      expect(rows[0]?.count).toBe(1000);
      expect((await publicStats(db.prisma)).letters).toBe(1000);
    });

    it("1,000 concurrent events spread over rows lose none", async () => {
      const countries = ["FR", "DE", "BE", "IT"];
      await Promise.all(
        Array.from({ length: 1000 }, (_, i) =>
          recordLetter(db.prisma, {
            country: countries[i % 4]!,
            locale: i % 2 ? "fr" : "en",
            partner: i % 3 ? "" : "test-ngo",
            day: "2026-11-28",
          }),
        ),
      );
      const stats = await publicStats(db.prisma);
      expect(stats.letters).toBe(1000);
      expect(stats.byCountry).toEqual({ BE: 250, DE: 250, FR: 250, IT: 250 });
    });

    it("stores nothing but day, country, language, partner and a count", async () => {
      await recordLetter(db.prisma, { country: "FR", locale: "fr", partner: "", day: "2026-11-28" });
      const columns = await db.driver.runner.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'daily_count' ORDER BY column_name`,
      );
      expect(columns.map((c) => c.column_name)).toEqual(["count", "country", "day", "locale", "partner"]);
    });

    it("attributes a letter to an active partner and drops an unknown or revoked one", async () => {
      await createPartner(db.prisma, { ...NGO });
      await createPartner(db.prisma, { ...NGO, slug: "gone" });
      await revokePartner(db.prisma, "gone");
      const now = new Date("2026-11-28T10:00:00Z");
      await countLetter(db.prisma, { country: "FR", locale: "fr", partner: "test-ngo" }, now);
      await countLetter(db.prisma, { country: "FR", locale: "fr", partner: "no-such-partner" }, now);
      await countLetter(db.prisma, { country: "FR", locale: "fr", partner: "gone" }, now);
      await countLetter(db.prisma, { country: "FR", locale: "fr" }, now);
      const rows = await db.prisma.dailyCount.findMany({ orderBy: { partner: "asc" } });
      expect(rows.map((r) => [r.partner, r.count])).toEqual([
        ["", 3],
        ["test-ngo", 1],
      ]);
    });
  });

  describe("aggregates", () => {
    it("fold countries with fewer than 5 letters into other, publicly and for partners", async () => {
      const add = async (country: string, n: number, partner = "", day = "2026-11-27", locale = "fr") => {
        for (let i = 0; i < n; i++) await recordLetter(db.prisma, { country, locale, partner, day });
      };
      await add("FR", 5, "test-ngo");
      await add("FR", 3, "test-ngo", "2026-11-28", "en");
      await add("LI", 2, "test-ngo");
      await add("MT", 4);
      await add("DE", 6);
      const pub = await publicStats(db.prisma);
      expect(pub).toEqual({ letters: 20, byCountry: { FR: 8, DE: 6, other: 6 }, since: "2026-11-27" });
      expect(Object.keys(pub.byCountry)).not.toContain("LI");

      const mine = await partnerStats(db.prisma, "test-ngo", new Date("2026-11-29T08:00:00Z"));
      expect(mine).toEqual({
        partner: "test-ngo",
        letters: 10,
        since: "2026-11-27",
        byDay: [
          { day: "2026-11-27", count: 7 },
          { day: "2026-11-28", count: 3 },
          { day: "2026-11-29", count: 0 },
        ],
        byLocale: { fr: 7, en: 3 },
        byCountry: { FR: 8, other: 2 },
      });
    });

    it("report nothing yet, with today as the start, on an empty database", async () => {
      expect(await publicStats(db.prisma, new Date("2026-11-28T12:00:00Z"))).toEqual({
        letters: 0,
        byCountry: {},
        since: "2026-11-28",
      });
      expect(await partnerStats(db.prisma, "test-ngo")).toMatchObject({ letters: 0, since: null, byDay: [] });
    });
  });

  describe("partner records", () => {
    it("keep a message in each of the four languages, and show no token hash", async () => {
      const messages = {
        messageFr: "Refusons ensemble.",
        messageEn: "Let us refuse together.",
        messageDe: "Widersprechen wir gemeinsam.",
        messageIt: "Opponiamoci insieme.",
      };
      const { token } = await createPartner(db.prisma, { ...NGO, ...messages });
      expect(await findActivePartner(db.prisma, "test-ngo")).toEqual({
        slug: "test-ngo",
        name: "Test NGO",
        url: "https://ngo.example",
        defaultLocale: "fr",
        ...messages,
      });
      const row = await db.prisma.partner.findUniqueOrThrow({ where: { slug: "test-ngo" } });
      expect(JSON.stringify(row)).not.toContain(token);
    });

    it("store a missing message as null", async () => {
      await createPartner(db.prisma, { ...NGO, messageFr: undefined, messageIt: "Ciao" });
      expect(await findActivePartner(db.prisma, "test-ngo")).toMatchObject({
        messageFr: null,
        messageEn: null,
        messageDe: null,
        messageIt: "Ciao",
      });
    });
  });

  describe("partner tokens", () => {
    it("accept the partner's own token only", async () => {
      const { token } = await createPartner(db.prisma, { ...NGO });
      const other = await createPartner(db.prisma, { ...NGO, slug: "other-ngo" });
      expect(await verifyPartnerToken(db.prisma, "test-ngo", token)).toBe(true);
      expect(await verifyPartnerToken(db.prisma, "test-ngo", other.token)).toBe(false);
      expect(await verifyPartnerToken(db.prisma, "test-ngo", `${token}x`)).toBe(false);
      expect(await verifyPartnerToken(db.prisma, "test-ngo", "olt_wrong")).toBe(false);
    });

    it.each([undefined, null, ""])("reject a missing token (%j)", async (missing) => {
      await createPartner(db.prisma, { ...NGO });
      expect(await verifyPartnerToken(db.prisma, "test-ngo", missing)).toBe(false);
    });

    it("reject the token of a revoked partner, whose page disappears", async () => {
      const { token } = await createPartner(db.prisma, { ...NGO });
      await revokePartner(db.prisma, "test-ngo");
      expect(await verifyPartnerToken(db.prisma, "test-ngo", token)).toBe(false);
      expect(await findActivePartner(db.prisma, "test-ngo")).toBeNull();
    });

    it("reject any token for an unknown or malformed slug", async () => {
      const { token } = await createPartner(db.prisma, { ...NGO });
      expect(await verifyPartnerToken(db.prisma, "nobody", token)).toBe(false);
      expect(await verifyPartnerToken(db.prisma, "../test-ngo", token)).toBe(false);
    });

    it("stop accepting the old token after a rotation", async () => {
      const { token: old } = await createPartner(db.prisma, { ...NGO });
      const fresh = await rotatePartnerToken(db.prisma, "test-ngo");
      expect(fresh).not.toBe(old);
      expect(await verifyPartnerToken(db.prisma, "test-ngo", old)).toBe(false);
      expect(await verifyPartnerToken(db.prisma, "test-ngo", fresh)).toBe(true);
      const row = await db.prisma.partner.findUnique({ where: { slug: "test-ngo" } });
      expect(row?.tokenRotatedAt).toBeInstanceOf(Date);
      expect(JSON.stringify(row)).not.toContain(fresh);
    });

    it("refuse a duplicate slug and operations on unknown partners", async () => {
      await createPartner(db.prisma, { ...NGO });
      await expect(createPartner(db.prisma, { ...NGO })).rejects.toBeInstanceOf(PartnerExistsError);
      await expect(rotatePartnerToken(db.prisma, "nobody")).rejects.toBeInstanceOf(PartnerNotFoundError);
      await expect(revokePartner(db.prisma, "nobody")).rejects.toBeInstanceOf(PartnerNotFoundError);
    });
  });

  describe("shared rate limit", () => {
    it("counts concurrent hits exactly across two limiters, refuses past the limit, restarts after the window", async () => {
      const options = { points: 50, duration: 2, keyPrefix: "count" };
      const make = () =>
        sharedLimiter({
          ...options,
          client: runnerClient(async () => db.driver.runner),
          insurance: new RateLimiterMemory(options),
        });
      // Two limiters on one table: two app instances.
      const [a, b] = [make(), make()];
      const key = "5f0c1e"; // already a hash in the app
      const outcomes = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          (i % 2 ? a : b).consume(key).then(
            () => true,
            (rejection: unknown) => {
              if (!(rejection instanceof RateLimiterRes)) throw rejection;
              return false;
            },
          ),
        ),
      );
      expect(outcomes.filter(Boolean)).toHaveLength(50);
      const rows = await db.driver.runner.query<{ key: string; points: number }>(
        `SELECT key, points FROM rate_limit`,
      );
      expect(rows).toEqual([{ key: `count:${key}`, points: 60 }]);

      await new Promise((resolve) => setTimeout(resolve, 2_100));
      const again = await a.consume(key);
      expect(again.consumedPoints).toBe(1);
    });

    it("falls back to the in-memory insurance limiter when the database fails", async () => {
      const options = { points: 2, duration: 60, keyPrefix: "letter" };
      const limiter = sharedLimiter({
        ...options,
        client: runnerClient(async () => {
          throw new Error("database down");
        }),
        insurance: new RateLimiterMemory(options),
      });
      await limiter.consume("k");
      await limiter.consume("k");
      await expect(limiter.consume("k")).rejects.toBeInstanceOf(RateLimiterRes);
    });
  });
});
