import { afterAll, describe, expect, it } from "vitest";
import { POST as postCount, COUNT_RATE_LIMIT } from "@/app/api/v1/count/route";
import { GET as getPartnerStats } from "@/app/api/v1/partners/[slug]/stats/route";
import { GET as getStats } from "@/app/api/v1/stats/route";
import { closeDatabase, prisma } from "@/lib/server/db/client";
import { createPartner } from "@/lib/server/partners/repository";
import { clearPublicStatsCache } from "@/lib/server/stats/public-cache";
import { fromPeer } from "@/tests/support/peer";

/**
 * Counts are "letters downloaded, as reported by browsers" (README, Security): a report cannot be
 * proved, so the promise is a bound. One network address adds at most COUNT_RATE_LIMIT.limit reports
 * per window to the public and partner figures, however it forges or replays them.
 */
process.env.DATABASE_URL = "pglite:memory";
process.env.LOG_LEVEL = "silent";
afterAll(closeDatabase);

const ORIGIN = "http://localhost";

function forged(address: string, i: number, partner?: string) {
  return new Request(`${ORIGIN}/api/v1/count`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      // Everything a client might try to look like someone else.
      "x-forwarded-for": `203.0.${i >> 8}.${i & 255}`,
      "x-real-ip": `198.51.100.${i & 255}`,
      forwarded: `for=192.0.2.${i & 255}`,
      ...fromPeer(address),
    },
    body: JSON.stringify({ country: "FR", locale: "fr", ...(partner ? { partner } : {}) }),
  });
}

async function publicLetters(): Promise<number> {
  clearPublicStatsCache();
  return ((await (await getStats(new Request(`${ORIGIN}/api/v1/stats`))).json()) as { letters: number })
    .letters;
}

describe("forged and replayed counts", () => {
  it("one address adds at most the per-window limit to the public and partner figures", async () => {
    const { token } = await createPartner(await prisma(), {
      slug: "forgery-ngo",
      name: "Forgery NGO",
      url: "https://ngo.example",
      defaultLocale: "fr",
      messageFr: undefined,
      messageEn: undefined,
      messageDe: undefined,
      messageIt: undefined,
    });
    const partnerLetters = async () => {
      const response = await getPartnerStats(
        new Request(`${ORIGIN}/api/v1/partners/forgery-ngo/stats`, {
          headers: { authorization: `Bearer ${token}`, ...fromPeer("192.0.2.200") },
        }),
        { params: Promise.resolve({ slug: "forgery-ngo" }) },
      );
      return ((await response.json()) as { letters: number }).letters;
    };
    const before = await publicLetters();

    const statuses: number[] = [];
    for (let i = 0; i < 300; i++)
      statuses.push((await postCount(forged("203.0.113.99", i, "forgery-ngo"))).status);
    expect(statuses.filter((status) => status === 204)).toHaveLength(COUNT_RATE_LIMIT.limit);
    expect(statuses.slice(COUNT_RATE_LIMIT.limit).every((status) => status === 429)).toBe(true);
    expect(await publicLetters()).toBe(before + COUNT_RATE_LIMIT.limit);
    expect(await partnerLetters()).toBe(COUNT_RATE_LIMIT.limit);

    // IPv6: rotating addresses inside one /64 is still one address.
    const v6: number[] = [];
    for (let i = 0; i < 200; i++)
      v6.push((await postCount(forged(`2001:db8:5:6:${i.toString(16)}::1`, i))).status);
    expect(v6.filter((status) => status === 204)).toHaveLength(COUNT_RATE_LIMIT.limit);
    expect(await publicLetters()).toBe(before + 2 * COUNT_RATE_LIMIT.limit);
  });
});
