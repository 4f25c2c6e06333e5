import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "@/tests/support/app-server";

/**
 * The client address under a real `next start` (production build first; NEXT_DIST_DIR is honoured):
 * without TRUST_PROXY the socket address is the key, whatever forwarded headers say, and the server
 * warns once that it sees them; with TRUST_PROXY=1 the entry the proxy appended is the key.
 */
const LETTER_LIMIT = 30; // LETTER_RATE_LIMIT in lib/server/security/letter-rate-limit.ts

let direct: AppServer;
let proxied: AppServer;

beforeAll(async () => {
  [direct, proxied] = await Promise.all([
    startAppServer({ DATABASE_URL: "pglite:memory", TRUST_PROXY: undefined }),
    startAppServer({ DATABASE_URL: "pglite:memory", TRUST_PROXY: "1" }),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([direct?.stop(), proxied?.stop()]);
});

const letterText = (server: AppServer, headers: Record<string, string>) =>
  fetch(`${server.baseURL}/api/v1/letter/text`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: "{}",
  }).then((response) => response.status);

describe("client address under next start", () => {
  it("without TRUST_PROXY, a fresh X-Forwarded-For, X-Real-IP or Forwarded per request does not escape the limit", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LETTER_LIMIT + 5; i++) {
      statuses.push(
        await letterText(direct, {
          "x-forwarded-for": `203.0.113.${i}`,
          "x-real-ip": `198.51.100.${i}`,
          forwarded: `for=192.0.2.${i}`,
        }),
      );
    }
    expect(statuses.slice(0, LETTER_LIMIT).every((status) => status === 422)).toBe(true);
    expect(statuses.slice(LETTER_LIMIT).every((status) => status === 429)).toBe(true);
    // Warned once, loudly, that forwarded headers are ignored.
    expect(direct.output().match(/trust-proxy\.forwarded-headers-ignored/g)).toHaveLength(1);
  }, 60_000);

  it("with TRUST_PROXY=1, each address the proxy appended has its own budget", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LETTER_LIMIT + 5; i++) {
      // The client's own entry (left) is ignored; the proxy's (right) is the key.
      statuses.push(await letterText(proxied, { "x-forwarded-for": `6.6.6.6, 203.0.113.${i}` }));
    }
    expect(statuses.every((status) => status === 422)).toBe(true);
    const same: number[] = [];
    for (let i = 0; i < LETTER_LIMIT + 1; i++) {
      same.push(await letterText(proxied, { "x-forwarded-for": `10.0.0.${i}, 198.51.100.7` }));
    }
    expect(same.at(-1)).toBe(429);
    expect(proxied.output()).not.toMatch(/trust-proxy\.forwarded-headers-ignored/);
  }, 60_000);
});
