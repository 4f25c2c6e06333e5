import { beforeAll, describe, expect, it } from "vitest";
import { POST as count } from "@/app/api/v1/count/route";
import { GET as partner } from "@/app/api/v1/partners/[slug]/route";
import { GET as partnerStatsRoute } from "@/app/api/v1/partners/[slug]/stats/route";
import { GET as qr } from "@/app/api/v1/qr/route";
import { GET as stats } from "@/app/api/v1/stats/route";
import { prisma } from "@/lib/server/db/client";
import { createPartner, revokePartner } from "@/lib/server/partners/repository";
import { clearPublicStatsCache } from "@/lib/server/stats/public-cache";
import { fromPeer } from "@/tests/support/peer";

process.env.DATABASE_URL = "pglite:memory";
process.env.LOG_LEVEL = "silent";

const BASE = "http://localhost:3000";
let ip = 0;
/** Each test speaks from its own address, so rate limits of one test do not spill into another. */
const nextClient = () => `198.51.100.${++ip}`;

function countRequest(body: unknown, init: { ip?: string; type?: string; locale?: string } = {}) {
  return new Request(`${BASE}/api/v1/count${init.locale ? `?locale=${init.locale}` : ""}`, {
    method: "POST",
    headers: { "Content-Type": init.type ?? "application/json", ...fromPeer(init.ip ?? nextClient()) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });

let token = "";
let revokedToken = "";

beforeAll(async () => {
  const db = await prisma();
  const input = {
    url: "https://ngo.example",
    defaultLocale: "fr" as const,
    messageFr: "Bonjour",
    messageEn: undefined,
    messageDe: undefined,
    messageIt: undefined,
  };
  token = (await createPartner(db, { ...input, slug: "api-ngo", name: "API NGO" })).token;
  revokedToken = (await createPartner(db, { ...input, slug: "api-gone", name: "Gone" })).token;
  await revokePartner(db, "api-gone");
});

describe("POST /api/v1/count", () => {
  it("counts a letter with 204 and no body", async () => {
    const response = await count(countRequest({ country: "FR", locale: "fr", partner: "api-ngo" }));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
  });

  it("rejects invalid fields with 422 and localized issues", async () => {
    const response = await count(countRequest({ country: "ZZ", locale: "es" }, { locale: "fr" }));
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error).toBe("invalid-input");
    expect(body.issues.map((i: { path: string }) => i.path).sort()).toEqual(["country", "locale"]);
    expect(body.issues[0].message).toMatch(/[a-zé]/);
    expect(body.message).toBe("Certains champs sont manquants ou invalides.");
  });

  it.each([
    { name: "malformed JSON", body: "{", type: "application/json", status: 400, code: "invalid-json" },
    {
      name: "a form body",
      body: "country=FR",
      type: "application/x-www-form-urlencoded",
      status: 415,
      code: "unsupported-media-type",
    },
    {
      name: "an oversized body",
      body: JSON.stringify({ country: "FR", locale: "fr", pad: "x".repeat(2000) }),
      type: "application/json",
      status: 413,
      code: "too-large",
    },
  ])("answers $name with $status JSON", async ({ body, type, status, code }) => {
    const response = await count(countRequest(body, { type }));
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect((await response.json()).error).toBe(code);
  });

  it("limits one client to 60 events per 10 minutes, with Retry-After", async () => {
    const client = nextClient();
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) {
      statuses.push((await count(countRequest({ country: "BE", locale: "fr" }, { ip: client }))).status);
    }
    expect(statuses.slice(0, 60).every((s) => s === 204)).toBe(true);
    const refused = await count(countRequest({ country: "BE", locale: "fr" }, { ip: client }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error).toBe("rate-limited");
    // Another client is not affected.
    expect((await count(countRequest({ country: "BE", locale: "fr" }))).status).toBe(204);
  });
});

describe("GET /api/v1/stats", () => {
  it("gives the totals with small countries folded and a short public cache", async () => {
    clearPublicStatsCache();
    for (let i = 0; i < 2; i++) await count(countRequest({ country: "LU", locale: "en" }));
    const response = await stats(new Request(`${BASE}/api/v1/stats`));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/max-age=60/);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["byCountry", "letters", "since"]);
    expect(body.letters).toBe(1 + 61 + 2);
    expect(body.byCountry).toEqual({ BE: 61, other: 3 });
    expect(body.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("GET /api/v1/partners/{slug}", () => {
  it("describes an active partner with exactly the public fields", async () => {
    const response = await partner(new Request(`${BASE}/api/v1/partners/api-ngo`), slugParams("api-ngo"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      slug: "api-ngo",
      name: "API NGO",
      url: "https://ngo.example",
      defaultLocale: "fr",
    });
  });

  it.each(["api-gone", "nobody", "../etc"])("answers 404 not-found for %s", async (slug) => {
    const response = await partner(new Request(`${BASE}/api/v1/partners/x?locale=en`), slugParams(slug));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: "not-found",
      message: "No active partner has this identifier.",
    });
  });
});

describe("GET /api/v1/partners/{slug}/stats", () => {
  const get = (slug: string, authorization?: string) =>
    partnerStatsRoute(
      new Request(`${BASE}/api/v1/partners/${slug}/stats`, {
        headers: {
          "X-Forwarded-For": nextClient(),
          ...(authorization ? { Authorization: authorization } : {}),
        },
      }),
      slugParams(slug),
    );

  it("gives the partner's counts with its own token", async () => {
    const response = await get("api-ngo", `Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({
      partner: "api-ngo",
      letters: 1,
      byLocale: { fr: 1 },
      byCountry: { other: 1 },
    });
    expect(body.byDay.at(-1).count).toBe(1);
  });

  it.each([
    { name: "no token", slug: "api-ngo", auth: undefined },
    { name: "a wrong token", slug: "api-ngo", auth: "Bearer olt_wrong" },
    { name: "a token of a revoked partner", slug: "api-gone", auth: () => `Bearer ${revokedToken}` },
    { name: "a token for another slug", slug: "api-gone", auth: () => `Bearer ${token}` },
    { name: "a Basic header", slug: "api-ngo", auth: () => `Basic ${token}` },
  ])("answers 401 unauthorized with $name", async ({ slug, auth }) => {
    const response = await get(slug, typeof auth === "function" ? auth() : auth);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await response.json()).error).toBe("unauthorized");
  });

  it("limits token guesses per client", async () => {
    const client = nextClient();
    let last: Response | undefined;
    for (let i = 0; i < 21; i++) {
      last = await partnerStatsRoute(
        new Request(`${BASE}/api/v1/partners/api-ngo/stats`, {
          headers: { ...fromPeer(client), Authorization: `Bearer olt_guess${i}` },
        }),
        slugParams("api-ngo"),
      );
    }
    expect(last?.status).toBe(429);
  });
});

describe("GET /api/v1/qr", () => {
  it("draws an SVG QR code of a partner page on this site", async () => {
    const response = await qr(new Request(`${BASE}/api/v1/qr?locale=fr&partner=api-ngo`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    expect(await response.text()).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it("offers a PNG download", async () => {
    const response = await qr(new Request(`${BASE}/api/v1/qr?locale=en&format=png&download=1`));
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="qr-objection-en.png"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
  });

  it.each(["locale=es", "locale=fr&partner=Bad%20Slug", "locale=fr&format=gif", "url=https://evil.example"])(
    "refuses %s with 400",
    async (query) => {
      const response = await qr(new Request(`${BASE}/api/v1/qr?${query}`));
      expect(response.status).toBe(400);
      expect((await response.json()).error).toBe("invalid-input");
    },
  );
});
