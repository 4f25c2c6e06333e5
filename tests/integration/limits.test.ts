import { afterAll, describe, expect, it } from "vitest";
import { POST as postCount, COUNT_RATE_LIMIT } from "@/app/api/v1/count/route";
import { POST as postLetter } from "@/app/api/v1/letter/route";
import { POST as postText } from "@/app/api/v1/letter/text/route";
import { GET as getPartnerStats } from "@/app/api/v1/partners/[slug]/stats/route";
import { closeDatabase } from "@/lib/server/db/client";
import { PARTNER_TOKEN_RATE_LIMIT } from "@/lib/server/partners/token-rate-limit";
import { LETTER_RATE_LIMIT } from "@/lib/server/security/letter-rate-limit";
import { fromPeer } from "@/tests/support/peer";

/** Per-client rate limits: 429 `rate-limited` with Retry-After, one client never blocks another. */

process.env.DATABASE_URL = "pglite:memory";
process.env.LOG_LEVEL = "silent";

afterAll(closeDatabase);

const ORIGIN = "http://localhost";
/** A request from socket address `client`, optionally with headers of the client's choosing. */
const json = (url: string, body: unknown, client: string, headers: Record<string, string> = {}) =>
  new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers, ...fromPeer(client) },
    body: JSON.stringify(body),
  });

async function expectRateLimited(response: Response, windowMs: number) {
  expect(response.status).toBe(429);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowMs / 1000);
  expect(await response.json()).toMatchObject({ error: "rate-limited", message: expect.any(String) });
}

describe("rate limits", () => {
  it("letters: PDF and text share one budget per client, refused before the body is read", async () => {
    const client = "203.0.113.10";
    // Invalid bodies cost nothing to answer but still count: the limit guards the route, not the renderer.
    for (let i = 0; i < LETTER_RATE_LIMIT.limit; i++) {
      const post = i % 2 ? postText : postLetter;
      expect((await post(json(`${ORIGIN}/api/v1/letter`, {}, client))).status).toBe(422);
    }
    await expectRateLimited(
      await postLetter(json(`${ORIGIN}/api/v1/letter`, {}, client)),
      LETTER_RATE_LIMIT.windowMs,
    );
    await expectRateLimited(
      await postText(json(`${ORIGIN}/api/v1/letter/text`, {}, client)),
      LETTER_RATE_LIMIT.windowMs,
    );
    // Another address is not affected.
    expect((await postLetter(json(`${ORIGIN}/api/v1/letter`, {}, "203.0.113.11"))).status).toBe(422);
  });

  it("letters: a fresh X-Forwarded-For or X-Real-IP per request does not escape the limit (TRUST_PROXY unset)", async () => {
    const client = "203.0.113.20";
    for (let i = 0; i < LETTER_RATE_LIMIT.limit; i++) {
      const spoofed = { "x-forwarded-for": `10.0.${i}.1, 192.0.2.${i}`, "x-real-ip": `192.0.2.${i}` };
      expect((await postText(json(`${ORIGIN}/api/v1/letter/text`, {}, client, spoofed))).status).toBe(422);
    }
    const response = await postText(
      json(`${ORIGIN}/api/v1/letter/text`, {}, client, { "x-forwarded-for": "198.51.100.250" }),
    );
    expect(response.status).toBe(429);
  });

  it("counts: IPv6 clients share one budget per /64", async () => {
    for (let i = 0; i < COUNT_RATE_LIMIT.limit; i++) {
      const address = `2001:db8:77:1:${i.toString(16)}::1`;
      expect(
        (await postCount(json(`${ORIGIN}/api/v1/count`, { country: "FR", locale: "fr" }, address))).status,
      ).toBe(204);
    }
    const next = await postCount(
      json(`${ORIGIN}/api/v1/count`, { country: "FR", locale: "fr" }, "2001:db8:77:1:ffff::9"),
    );
    await expectRateLimited(next, COUNT_RATE_LIMIT.windowMs);
    // The neighbouring /64 is another client.
    expect(
      (await postCount(json(`${ORIGIN}/api/v1/count`, { country: "FR", locale: "fr" }, "2001:db8:77:2::1")))
        .status,
    ).toBe(204);
  });

  it("counts: 429 past the per-client limit", async () => {
    const client = "203.0.113.30";
    for (let i = 0; i < COUNT_RATE_LIMIT.limit; i++) {
      expect(
        (await postCount(json(`${ORIGIN}/api/v1/count`, { country: "FR", locale: "fr" }, client))).status,
      ).toBe(204);
    }
    await expectRateLimited(
      await postCount(json(`${ORIGIN}/api/v1/count`, { country: "FR", locale: "fr" }, client)),
      COUNT_RATE_LIMIT.windowMs,
    );
  });

  it("partner tokens: wrong tokens are 401 until the client is throttled, then 429", async () => {
    const client = "203.0.113.40";
    const attempt = (token: string) =>
      getPartnerStats(
        new Request(`${ORIGIN}/api/v1/partners/demo/stats`, {
          headers: { authorization: `Bearer ${token}`, ...fromPeer(client) },
        }),
        { params: Promise.resolve({ slug: "demo" }) },
      );
    for (let i = 0; i < PARTNER_TOKEN_RATE_LIMIT.limit; i++) {
      expect((await attempt(`olt_guess${i}`)).status).toBe(401);
    }
    await expectRateLimited(await attempt("olt_guess-last"), PARTNER_TOKEN_RATE_LIMIT.windowMs);
  });
});
