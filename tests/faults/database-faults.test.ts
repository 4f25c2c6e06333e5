import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "@/tests/support/app-server";
import { startPrivatePostgres, type PrivatePostgres } from "@/tests/support/private-postgres";

/**
 * Faults, against the production build (`next build` first; NEXT_DIST_DIR is honoured):
 * two app instances on one throwaway PostgreSQL keep exact counts under concurrent load and share
 * rate limits; with PostgreSQL stopped the questionnaire and letters still work, counts are skipped
 * and logged, /api/health says the database is down; when it returns, everything recovers without
 * a restart. A third instance pointed at a closed port starts and serves letters all the same, and
 * its home page, regenerated without a database, says the count is unavailable.
 */

const LETTER = {
  letterLocale: "fr",
  country: "FR",
  age: "18-plus",
  account: "member",
  firstName: "Camille",
  lastName: "Durand",
  email: "camille@example.org",
  signature: { type: "typed" },
};

let pg: PrivatePostgres;
let a: AppServer;
let b: AppServer;
let clientCounter = 0;
/** Distinct client addresses, so per-client limits do not interfere with counting. */
const nextClient = () =>
  `192.0.2.${++clientCounter % 250}, 10.${clientCounter >> 8}.${clientCounter & 255}.1`;

const post = (server: AppServer, path: string, body: unknown, client = nextClient()) =>
  fetch(`${server.baseURL}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": client },
    body: JSON.stringify(body),
  });

async function health(server: AppServer) {
  const response = await fetch(`${server.baseURL}/api/health`);
  expect(response.status).toBe(200);
  return (await response.json()) as { status: string; database: { status: string } };
}

const totalCounted = () => Number(pg.sql(`SELECT COALESCE(SUM(count), 0) FROM daily_count`));

beforeAll(async () => {
  pg = await startPrivatePostgres();
  // TRUST_PROXY=1: the test plays the reverse proxy, giving each simulated client its own X-Forwarded-For.
  const env = {
    DATABASE_URL: pg.url,
    RATE_LIMIT_SECRET: "faults-test-secret",
    DATABASE_POOL_SIZE: "8",
    TRUST_PROXY: "1",
  };
  [a, b] = await Promise.all([startAppServer(env), startAppServer(env)]);
}, 180_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  pg?.destroy();
});

describe("two instances on one PostgreSQL", () => {
  it("count exactly 500 concurrent letter events split across both", async () => {
    const before = totalCounted();
    const events = Array.from({ length: 500 }, (_, i) => ({
      server: i % 2 ? a : b,
      body: { country: ["FR", "DE", "BE", "IE", "CH"][i % 5], locale: i % 3 ? "fr" : "en" },
    }));
    // 50 requests in flight at a time, like a burst of people finishing their letters.
    const statuses: number[] = [];
    for (let i = 0; i < events.length; i += 50) {
      const batch = await Promise.all(
        events
          .slice(i, i + 50)
          .map(async ({ server, body }) => (await post(server, "/api/v1/count", body)).status),
      );
      statuses.push(...batch);
    }
    expect(statuses.filter((status) => status !== 204)).toEqual([]);
    expect(totalCounted() - before).toBe(500);
  }, 120_000);

  it("share one rate-limit window per client through PostgreSQL", async () => {
    const client = "198.51.100.77";
    const limit = 60; // COUNT_RATE_LIMIT in app/api/v1/count/route.ts
    const statuses: number[] = [];
    for (let i = 0; i < limit; i++) {
      statuses.push(
        (await post(i % 2 ? a : b, "/api/v1/count", { country: "FR", locale: "fr" }, client)).status,
      );
    }
    expect(statuses.every((status) => status === 204)).toBe(true);
    const refusedA = await post(a, "/api/v1/count", { country: "FR", locale: "fr" }, client);
    const refusedB = await post(b, "/api/v1/count", { country: "FR", locale: "fr" }, client);
    expect([refusedA.status, refusedB.status]).toEqual([429, 429]);
    expect(Number(refusedB.headers.get("retry-after"))).toBeGreaterThan(0);
    // Stored as a salted hash, never as the address.
    expect(pg.sql(`SELECT COUNT(*) FROM rate_limit WHERE key LIKE '%198.51.100.77%'`)).toBe("0");
  }, 60_000);
});

describe("PostgreSQL stopped, then back", () => {
  it("keeps serving pages and letters, skips and logs counts, reports the database down, then recovers", async () => {
    expect((await health(a)).database.status).toBe("up");
    const counted = totalCounted();
    pg.stop();

    const down = await health(a);
    expect(down).toMatchObject({ status: "degraded", database: { status: "down" } });
    for (const path of ["/fr", "/en/questionnaire", "/fr/questionnaire/country", "/en/privacy"]) {
      expect((await fetch(`${a.baseURL}${path}`)).status, path).toBe(200);
    }
    const eligibility = await fetch(`${b.baseURL}/api/v1/eligibility?country=FR&age=18-plus&account=member`);
    expect(eligibility.status).toBe(200);
    const pdf = await post(a, "/api/v1/letter", LETTER);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
    const text = await post(b, "/api/v1/letter/text", LETTER);
    expect(text.status).toBe(200);

    const count = await post(a, "/api/v1/count", { country: "FR", locale: "fr" });
    expect(count.status).toBe(503);
    expect(await count.json()).toMatchObject({ error: "unavailable" });
    expect(a.output()).toMatch(/"event":"count\.failed"/);
    const stats = await fetch(`${a.baseURL}/api/v1/stats`);
    // A cached total (200) or 503 `unavailable`, never a crash.
    expect([200, 503]).toContain(stats.status);

    // Back: measured from the moment PostgreSQL accepts connections again.
    pg.start();
    const restarted = Date.now();
    let recoveredA = 0;
    let recoveredB = 0;
    while ((!recoveredA || !recoveredB) && Date.now() - restarted < 30_000) {
      if (!recoveredA && (await health(a)).database.status === "up") recoveredA = Date.now() - restarted;
      if (!recoveredB && (await health(b)).database.status === "up") recoveredB = Date.now() - restarted;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(recoveredA, "instance A recovered").toBeGreaterThan(0);
    expect(recoveredB, "instance B recovered").toBeGreaterThan(0);
    let countedAgain = 0;
    for (const server of [a, b]) {
      if ((await post(server, "/api/v1/count", { country: "FR", locale: "fr" })).status === 204)
        countedAgain += 1;
    }
    expect(countedAgain).toBe(2);
    expect(totalCounted()).toBe(counted + 2);
    console.info(
      `faults: database back → health up after ${recoveredA} ms (A) and ${recoveredB} ms (B), no restart`,
    );
  }, 120_000);

  it("an instance whose database is unreachable from the start still serves letters", async () => {
    const closed = await startAppServer({
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/objection",
      PAGE_REVALIDATE_SECONDS: "1",
    });
    try {
      expect(await health(closed)).toMatchObject({ status: "degraded", database: { status: "down" } });
      expect((await fetch(`${closed.baseURL}/en/questionnaire`)).status).toBe(200);
      // The home page regenerated without a database: served all the same, the count said unavailable.
      const unavailable = JSON.parse(readFileSync("messages/en.json", "utf8")).Home
        .countUnavailable as string;
      let home = "";
      for (let tries = 0; tries < 60 && !home.includes(unavailable); tries++) {
        const response = await fetch(`${closed.baseURL}/en`);
        expect(response.status).toBe(200);
        home = await response.text();
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(home).toContain(unavailable);
      expect(closed.output()).toMatch(/"event":"stats\.home_count_unavailable"/);
      expect((await post(closed, "/api/v1/letter", LETTER)).status).toBe(200);
      expect((await post(closed, "/api/v1/count", { country: "FR", locale: "fr" })).status).toBe(503);
      expect(closed.output()).toMatch(/database\.unavailable|database\.start_without/);
    } finally {
      await closed.stop();
    }
  }, 90_000);
});
