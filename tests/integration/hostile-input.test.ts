import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZLetterRequest } from "@/lib/universal/schemas/letter-request";
import { isPrintableText } from "@/lib/universal/schemas/text-rules";
import {
  CONTENT_TYPES,
  INVALID_UTF8,
  NASTY_STRINGS,
  NASTY_VALUES,
  deepJson,
} from "@/tests/support/hostile-values";
import { fromPeer } from "@/tests/support/peer";

/**
 * Every API route handler, called with hostile input: each answer must be a clean JSON 4xx
 * or a correct 2xx (a well-formed PDF, JSON, image or empty 204), within a few seconds, never a 500.
 * Routes are discovered from app/api, so a new route is covered as soon as it exists.
 */

// An in-memory database of our own: no folder left behind, no clash with a developer's data.
process.env.DATABASE_URL = "pglite:memory";
process.env.LOG_LEVEL = "silent";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
interface Route {
  /** URL path, e.g. /api/v1/partners/[slug]/stats */
  pattern: string;
  params: string[];
  methods: Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", Handler>>;
}

const ROOT = path.resolve(__dirname, "../..");
const ORIGIN = "http://localhost:3000";
const TIMEOUT_MS = 15_000;
const today = new Date().toISOString().slice(0, 10);
const PNG_1X1 =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
// A PNG signature and header followed by garbage: passes shallow checks, cannot be decoded.
const PNG_BROKEN = `data:image/png;base64,${Buffer.concat([
  Buffer.from("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61", "hex"),
  Buffer.from("0000000a49444154789c0000ffff0000000049454e44ae426082".replace(/0000ffff/, "deadbeef"), "hex"),
]).toString("base64")}`;

/** Valid requests per route: the hostile cases vary one part of them at a time. */
const VALID_BODIES: Record<string, Record<string, unknown>> = {
  "/api/v1/letter": {
    letterLocale: "fr",
    country: "FR",
    age: "18-plus",
    account: "member",
    school: false,
    firstName: "Camille",
    lastName: "Durand",
    email: "camille@example.org",
    profileUrl: "https://www.linkedin.com/in/camille-durand",
    postalAddress: { lines: ["12 rue de la Paix"], postalCode: "75002", city: "Paris", country: "FR" },
    dataCategories: ["profile", "posts"],
    situations: ["journalist"],
    situationText: "Je suis journaliste.",
    place: "Paris",
    date: today,
    signature: { type: "typed" },
  },
  "/api/v1/count": { country: "FR", locale: "fr", partner: "" },
};
VALID_BODIES["/api/v1/letter/text"] = VALID_BODIES["/api/v1/letter"]!;
VALID_BODIES["/api/v1/follow-up"] = {
  ...VALID_BODIES["/api/v1/letter"],
  land: "BY",
  kind: "reply",
  reply: "use-the-form",
  original: {
    reference: "LI-AI-2026-7K3QXM",
    sentOn: "2026-07-01",
    channel: "post",
    receivedOn: "2026-07-06",
  },
  replyOn: "2026-07-20",
};
VALID_BODIES["/api/v1/follow-up/text"] = VALID_BODIES["/api/v1/follow-up"]!;
const VALID_QUERIES: Record<string, Record<string, string>> = {
  "/api/v1/eligibility": { country: "FR", age: "18-plus", account: "member", school: "false", locale: "fr" },
  "/api/v1/qr": { locale: "fr", format: "svg" },
  "/api/v1/deadline": {
    country: "FR",
    sentOn: "2026-07-01",
    channel: "post",
    receivedOn: "2026-07-06",
    format: "ics",
    reference: "LI-AI-2026-7K3QXM",
    locale: "fr",
  },
  "/api/v1/stats": { locale: "en" },
  "/api/health": {},
};

let tried = 0;
let clientCounter = 0;
/** A fresh client address per request, so per-client rate limits do not hide the handlers' own checks. */
const nextClient = () => `198.51.${(++clientCounter >> 8) & 255}.${clientCounter & 255}`;

function discoverRoutes(dir = path.join(ROOT, "app/api")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return discoverRoutes(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

async function loadRoutes(): Promise<Route[]> {
  const routes: Route[] = [];
  for (const file of discoverRoutes()) {
    const pattern = "/" + path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep).join("/");
    const params = [...pattern.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((match) => match[1]!);
    const exported = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    const methods: Route["methods"] = {};
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
      if (typeof exported[method] === "function") methods[method] = exported[method] as Handler;
    }
    routes.push({ pattern, params, methods });
  }
  return routes;
}

/** Lone surrogates cannot be percent-encoded (URIError): a URL can only carry their replacement. */
const wellFormed = (value: string) =>
  value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

function urlOf(
  route: Route,
  params: Record<string, string>,
  query: Record<string, string> | string = {},
): string {
  let pathname = route.pattern;
  for (const name of route.params) {
    pathname = pathname.replace(
      new RegExp(`\\[(?:\\.\\.\\.)?${name}\\]`),
      encodeURIComponent(wellFormed(params[name] ?? "x")),
    );
  }
  const search =
    typeof query === "string"
      ? query
      : new URLSearchParams(
          Object.entries(query).map(([key, value]) => [wellFormed(key), wellFormed(value)]),
        ).toString();
  return `${ORIGIN}${pathname}${search ? `?${search}` : ""}`;
}

function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 8)).toString("latin1");
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 64))).toString("latin1");
  return head.startsWith("%PDF-1.") && /startxref\s+\d+\s+%%EOF\s*$/.test(tail);
}

/** Calls a handler with a deadline and checks the answer is well-formed; returns the status. */
async function expectClean(
  handler: Handler,
  request: Request,
  params: Record<string, string>,
  label: string,
): Promise<number> {
  tried += 1;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  const response = await Promise.race([
    handler(request, { params: Promise.resolve(params) }),
    deadline,
  ]).finally(() => clearTimeout(timer));
  const type = response.headers.get("content-type") ?? "";
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = Buffer.from(bytes).toString("utf8");
  expect(response.status, `${label}: status ${response.status} ${text.slice(0, 200)}`).toBeLessThan(500);
  if (response.status >= 400) {
    expect(type, `${label}: error content type`).toMatch(/^application\/json/);
    const body = JSON.parse(text) as { error?: unknown; message?: unknown };
    expect(typeof body.error, `${label}: error code`).toBe("string");
    expect(typeof body.message, `${label}: error message`).toBe("string");
    expect(text, `${label}: no stack trace`).not.toMatch(/\n\s+at |node_modules|webpack|\.tsx?:\d+/);
    if (response.status === 429)
      expect(response.headers.get("retry-after"), `${label}: Retry-After`).toMatch(/^\d+$/);
  } else if (response.status === 204) {
    expect(bytes.length, `${label}: empty 204`).toBe(0);
  } else if (type.startsWith("application/pdf")) {
    expect(isPdf(bytes), `${label}: well-formed PDF`).toBe(true);
    expect(Number(response.headers.get("content-length") ?? bytes.length)).toBe(bytes.length);
  } else if (type.startsWith("application/json")) {
    expect(() => JSON.parse(text), `${label}: JSON`).not.toThrow();
  } else {
    expect(type, `${label}: content type`).toMatch(/^(image\/(svg\+xml|png)|text\/calendar)/);
  }
  return response.status;
}

function post(url: string, body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...fromPeer(nextClient()), ...headers },
    body,
  });
}

function get(url: string, headers: Record<string, string> = {}): Request {
  return new Request(url, { headers: { ...fromPeer(nextClient()), ...headers } });
}

/** Sets `value` at a dotted path of a copy of `body`. */
function withField(body: Record<string, unknown>, dotted: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = dotted.split(".");
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1)!] = value;
  return copy;
}

function fieldPaths(value: unknown, prefix = ""): string[] {
  if (!value || typeof value !== "object" || Array.isArray(value)) return [prefix];
  return [
    ...(prefix ? [prefix] : []),
    ...Object.entries(value).flatMap(([key, inner]) => fieldPaths(inner, prefix ? `${prefix}.${key}` : key)),
  ];
}

let routes: Route[] = [];
const defaultParams = (route: Route) => Object.fromEntries(route.params.map((name) => [name, "demo"]));

beforeAll(async () => {
  routes = await loadRoutes();
}, 120_000);

afterAll(async () => {
  const { closeDatabase } = await import("@/lib/server/db/client");
  await closeDatabase();
  console.info(`hostile-input: ${tried} requests to ${routes.length} route modules`);
});

describe("API routes under hostile input", () => {
  it("finds every route handler of app/api", () => {
    const patterns = routes.map((route) => route.pattern);
    expect(patterns).toEqual(
      expect.arrayContaining(["/api/health", "/api/v1/eligibility", "/api/v1/letter"]),
    );
    for (const route of routes) expect(Object.keys(route.methods).length, route.pattern).toBeGreaterThan(0);
  });

  it("answers the valid request of each route with a 2xx", async () => {
    for (const route of routes) {
      const params = defaultParams(route);
      for (const [method, handler] of Object.entries(route.methods)) {
        const body = VALID_BODIES[route.pattern];
        const request =
          method === "GET"
            ? get(urlOf(route, params, VALID_QUERIES[route.pattern] ?? {}))
            : post(urlOf(route, params), JSON.stringify(body ?? {}));
        const status = await expectClean(handler, request, params, `${method} ${route.pattern} valid`);
        if (body || VALID_QUERIES[route.pattern])
          expect(status, `${method} ${route.pattern}`).toBeLessThan(300);
      }
    }
  }, 120_000);

  it("replaces every field of each JSON body with each nasty string and value", async () => {
    for (const route of routes) {
      const handler = route.methods.POST;
      const valid = VALID_BODIES[route.pattern];
      if (!handler || !valid) continue;
      const params = defaultParams(route);
      // The PDF route is the slowest: give it the strings; the text route (same validation) gets the values too.
      const pdf = route.pattern === "/api/v1/letter" || route.pattern === "/api/v1/follow-up";
      const values = pdf ? NASTY_STRINGS : [...NASTY_STRINGS, ...NASTY_VALUES];
      for (const field of fieldPaths(valid)) {
        for (const [label, value] of values) {
          const body = JSON.stringify(withField(valid, field, value));
          await expectClean(
            handler,
            post(urlOf(route, params), body),
            params,
            `POST ${route.pattern} ${field}=${label}`,
          );
        }
      }
    }
  }, 600_000);

  it("rejects malformed, oversized, non-UTF-8, deeply nested and oddly typed bodies cleanly", async () => {
    const bodies: Array<readonly [string, BodyInit | null]> = [
      ["no body", null],
      ["empty body", ""],
      ["whitespace", "  \n "],
      ["truncated JSON", '{"country":"FR",'],
      ["JSON string", '"FR"'],
      ["JSON number", "42"],
      ["JSON null", "null"],
      ["JSON array", "[]"],
      ["array of valid bodies", "[{}, {}]"],
      ["single quotes", "{'country':'FR'}"],
      ["trailing comma", '{"country":"FR",}'],
      ["comments", '{/* hi */"country":"FR"}'],
      ["BOM before JSON", "\uFEFF{}"],
      ["NaN literal", '{"country":NaN}'],
      ["duplicate keys", '{"country":"FR","country":"<script>","locale":"fr","locale":"xx"}'],
      ["proto pollution", '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}'],
      ["deep arrays (100k)", deepJson(100_000)],
      ["deep objects (10k)", deepJson(10_000, "object")],
      ["huge JSON string (600 KiB)", JSON.stringify({ firstName: "x".repeat(600 * 1024) })],
      ["huge body of spaces (2 MiB)", " ".repeat(2 * 1024 * 1024) + "{}"],
      ...INVALID_UTF8.map(([label, bytes]) => [`invalid UTF-8: ${label}`, bytes as BodyInit] as const),
    ];
    for (const route of routes) {
      const handler = route.methods.POST;
      if (!handler) continue;
      const params = defaultParams(route);
      for (const [label, body] of bodies) {
        await expectClean(
          handler,
          post(urlOf(route, params), body),
          params,
          `POST ${route.pattern} ${label}`,
        );
      }
      // Valid JSON, wrong declared type: 415 before anything is parsed.
      const valid = JSON.stringify(VALID_BODIES[route.pattern] ?? {});
      for (const contentType of CONTENT_TYPES) {
        const headers: Record<string, string> = contentType === null ? {} : { "content-type": contentType };
        const request = new Request(urlOf(route, params), {
          method: "POST",
          headers: { ...fromPeer(nextClient()), ...headers },
          body: valid,
        });
        if (contentType === null) request.headers.delete("content-type");
        const status = await expectClean(
          handler,
          request,
          params,
          `POST ${route.pattern} type ${contentType}`,
        );
        if (contentType === null || !/json/i.test(contentType))
          expect(status, `${route.pattern} ${contentType}`).toBe(415);
      }
      // A Content-Length that lies (declares more than the limit, or less than sent).
      for (const declared of ["999999999", "-1", "abc", "1"]) {
        const request = post(urlOf(route, params), valid, { "content-length": declared });
        await expectClean(handler, request, params, `POST ${route.pattern} content-length ${declared}`);
      }
    }
  }, 300_000);

  it("sizes: bodies over the limit are 413, including streamed ones without a length", async () => {
    for (const route of routes) {
      const handler = route.methods.POST;
      if (!handler) continue;
      const params = defaultParams(route);
      const big = JSON.stringify({
        ...(VALID_BODIES[route.pattern] ?? {}),
        padding: "x".repeat(3 * 1024 * 1024),
      });
      expect(
        await expectClean(handler, post(urlOf(route, params), big), params, `POST ${route.pattern} 3 MiB`),
      ).toBe(413);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
          controller.enqueue(new TextEncoder().encode('{"padding":"'));
          for (let i = 0; i < 64; i++) controller.enqueue(chunk);
          controller.enqueue(new TextEncoder().encode('"}'));
          controller.close();
        },
      });
      const request = new Request(urlOf(route, params), {
        method: "POST",
        headers: { "content-type": "application/json", ...fromPeer(nextClient()) },
        body: stream,
        duplex: "half",
      } as RequestInit);
      expect(await expectClean(handler, request, params, `POST ${route.pattern} streamed 4 MiB`)).toBe(413);
    }
  }, 120_000);

  it("answers hostile query strings, path parameters and headers of every route", async () => {
    for (const route of routes) {
      for (const [method, handler] of Object.entries(route.methods)) {
        const validQuery = VALID_QUERIES[route.pattern] ?? { locale: "fr" };
        const keys = [...Object.keys(validQuery), "locale"];
        const make = (url: string, headers: Record<string, string> = {}) =>
          // POST bodies here are empty objects: the locale and headers shape the 422, no PDF is rendered each time.
          method === "GET" ? get(url, headers) : post(url, "{}", headers);
        for (const [label, value] of NASTY_STRINGS) {
          const small = value.slice(0, 4096);
          for (const key of keys) {
            const params = defaultParams(route);
            await expectClean(
              handler,
              make(urlOf(route, params, { ...validQuery, [key]: small })),
              params,
              `${method} ${route.pattern} ?${key}=${label}`,
            );
          }
          for (const name of route.params) {
            const params = { ...defaultParams(route), [name]: small };
            await expectClean(
              handler,
              make(urlOf(route, params, validQuery)),
              params,
              `${method} ${route.pattern} [${name}]=${label}`,
            );
          }
          // Header values cannot hold control characters or non-Latin-1: browsers and proxies refuse them too.
          const headerSafe = small.replace(/[^\x20-\x7e]/g, "?");
          const params = defaultParams(route);
          await expectClean(
            handler,
            make(urlOf(route, params, validQuery), {
              "accept-language": headerSafe,
              authorization: `Bearer ${headerSafe}`,
            }),
            params,
            `${method} ${route.pattern} headers=${label}`,
          );
        }
        // Raw, broken query strings that URLSearchParams would never produce.
        for (const raw of [
          "%",
          "%E0%A4%A",
          "country=%FF%FE",
          "a=1&a=2&a=3",
          "=&=&",
          "locale[]=fr&locale[]=en",
          "x".repeat(8000),
        ]) {
          const params = defaultParams(route);
          await expectClean(
            handler,
            make(urlOf(route, params, raw)),
            params,
            `${method} ${route.pattern} raw ?${raw.slice(0, 20)}`,
          );
        }
      }
    }
  }, 600_000);

  it("letters: drawn signatures that are not PNGs, broken PNGs and huge data URLs are 422, never 500", async () => {
    const route = routes.find((candidate) => candidate.pattern === "/api/v1/letter")!;
    const handler = route.methods.POST!;
    const valid = VALID_BODIES["/api/v1/letter"]!;
    const pngs: Array<readonly [string, unknown]> = [
      ["valid 1x1", PNG_1X1],
      ["broken image data", PNG_BROKEN],
      ["not base64", "data:image/png;base64,!!!!"],
      ["JPEG declared PNG", "data:image/png;base64,/9j/4AAQSkZJRg=="],
      ["SVG with script", "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+"],
      ["300 KiB", `data:image/png;base64,${"A".repeat(300 * 1024)}`],
      ["number", 12],
    ];
    for (const [label, png] of pngs) {
      const body = JSON.stringify({ ...valid, signature: { type: "drawn", png } });
      const status = await expectClean(handler, post(urlOf(route, {}), body), {}, `drawn signature ${label}`);
      expect(status, label).toBe(label === "valid 1x1" ? 200 : 422);
    }
  }, 120_000);

  it("property: any JSON value as a body gets a clean answer from every POST route", async () => {
    for (const route of routes) {
      const handler = route.methods.POST;
      if (!handler) continue;
      const params = defaultParams(route);
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
          await expectClean(
            handler,
            post(urlOf(route, params), JSON.stringify(value)),
            params,
            `POST ${route.pattern} ${JSON.stringify(value).slice(0, 80)}`,
          );
        }),
        { numRuns: 150 },
      );
    }
  }, 300_000);

  it("property: valid letters with arbitrary Unicode in every free-text field are a 200 or a 422", async () => {
    const route = routes.find((candidate) => candidate.pattern === "/api/v1/letter/text")!;
    const handler = route.methods.POST!;
    const valid = VALID_BODIES["/api/v1/letter"]!;
    const text = fc.string({ unit: "binary", maxLength: 120 });
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          firstName: text,
          lastName: text,
          place: text,
          situationText: text,
          city: text,
          line: text,
        }),
        async ({ line, city, ...fields }) => {
          const body = { ...valid, ...fields, postalAddress: { lines: [line], city, country: "FR" } };
          const status = await expectClean(
            handler,
            post(urlOf(route, {}), JSON.stringify(body)),
            {},
            `text letter ${JSON.stringify(fields).slice(0, 80)}`,
          );
          expect([200, 422]).toContain(status);
        },
      ),
      { numRuns: 300 },
    );
  }, 300_000);

  it("property: arbitrary query strings get a clean answer from every GET route", async () => {
    for (const route of routes) {
      const handler = route.methods.GET;
      if (!handler) continue;
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ unit: "binary", maxLength: 60 }), {
            maxKeys: 6,
          }),
          fc.string({ unit: "binary", maxLength: 40 }),
          async (query, param) => {
            const params = Object.fromEntries(route.params.map((name) => [name, param]));
            await expectClean(
              handler,
              get(urlOf(route, params, query)),
              params,
              `GET ${route.pattern} ${JSON.stringify(query).slice(0, 80)}`,
            );
          },
        ),
        { numRuns: 100 },
      );
    }
  }, 300_000);
});

describe("the questionnaire's letter schema under hostile input", () => {
  const valid = VALID_BODIES["/api/v1/letter"]!;
  const fields = fieldPaths(valid);

  it("never throws and never lets control, bidi-override or null characters through into names and lines", () => {
    for (const field of fields) {
      for (const [label, value] of [...NASTY_STRINGS, ...NASTY_VALUES]) {
        tried += 1;
        const result = ZLetterRequest.safeParse(withField(valid, field, value));
        if (!result.success) {
          for (const issue of result.error.issues)
            expect(issue.message, `${field}=${label}: a message key`).toMatch(/^[A-Z]\w+\.[\w.-]+$/);
          continue;
        }
        const { firstName, lastName, place, situationText, postalAddress } = result.data;
        for (const text of [
          firstName,
          lastName,
          place,
          situationText,
          postalAddress?.city,
          ...(postalAddress?.lines ?? []),
        ]) {
          if (text === undefined) continue;
          expect(text, `${field}=${label}`).not.toMatch(
            /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/,
          );
          expect(isPrintableText(text), `${field}=${label}`).toBe(true);
        }
      }
    }
  });

  it("property: arbitrary objects and values never make the schema throw", () => {
    fc.assert(
      fc.property(
        fc.anything({
          maxDepth: 4,
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
        }),
        (value) => {
          tried += 1;
          expect(() => ZLetterRequest.safeParse(value)).not.toThrow();
          expect(() => ZLetterRequest.safeParse({ ...valid, firstName: value })).not.toThrow();
        },
      ),
      { numRuns: 1000 },
    );
  });
});
