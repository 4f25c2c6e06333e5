import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { POST as postPdf } from "@/app/api/v1/letter/route";
import { POST as postText } from "@/app/api/v1/letter/text/route";
import { ACCOUNT_TYPES, AGE_BANDS, DATA_CATEGORIES, SITUATIONS } from "@/lib/universal/rules/types";
import { signaturePngDataUrl } from "@/tests/support/letter-fixtures";

/**
 * Thousands of generated bodies, mostly plausible, some hostile: every answer must be a PDF (or the
 * JSON letter) or a JSON 4xx — never a 500, never a hang.
 */

const SMALL_PNG = signaturePngDataUrl({ width: 120, height: 40 });
// 429 is a JSON 4xx too, should the rate limiter apply to in-process calls.
const ALLOWED = new Set([200, 400, 413, 415, 422, 429]);

/** Mostly a valid value, sometimes anything at all. */
const field = <T>(valid: fc.Arbitrary<T>, weight = 9) =>
  fc.oneof(
    { weight, arbitrary: valid },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.string({ unit: "binary" }),
        fc.integer(),
        fc.constant(null),
        fc.boolean(),
        fc.jsonValue(),
      ),
    },
  );

const name = fc.oneof(
  fc.constantFrom("Zoë", "Łukasiewicz-Ørsted", "O'Brien", "Gábor", "Straße", "Ğülşen"),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
);

const latinName = fc.constantFrom(
  "Zoë",
  "Łukasiewicz-Ørsted",
  "O'Brien",
  "Gábor",
  "Straße",
  "Ğülşen",
  "N’Diaye",
);

/** A nearly valid body: the core answers are right most of the time, so letters really get built. */
const plausible = fc.record(
  {
    letterLocale: field(fc.constantFrom("fr", "en"), 40),
    country: field(fc.constantFrom("FR", "de", "CH", "GB", "IE", "NO", "RE", "AX", "US"), 40),
    age: field(fc.constantFrom("18-plus", "16-17", "under-16"), 40),
    account: field(fc.constantFrom("member", "premium", "recruiter", "former-member", "non-member"), 40),
    school: field(fc.boolean(), 40),
    firstName: field(latinName, 40),
    lastName: field(latinName, 40),
    email: field(fc.constantFrom("zoe@example.org", "a.b-c@mail.example.co.uk"), 40),
    guardian: field(fc.record({ firstName: latinName, lastName: latinName }), 40),
    situations: field(fc.subarray([...SITUATIONS]), 20),
    situationText: field(fc.string({ unit: "grapheme-ascii", maxLength: 2000 }), 20),
    dataCategories: field(fc.subarray([...DATA_CATEGORIES], { minLength: 1 }), 20),
    place: field(fc.constantFrom("Paris", "Genève", "Łódź"), 20),
    signature: field(fc.constantFrom({ type: "typed" }, { type: "drawn", png: SMALL_PNG }), 20),
  },
  {
    requiredKeys: ["letterLocale", "country", "age", "account", "firstName", "lastName", "email", "guardian"],
  },
);

const body = fc.record(
  {
    letterLocale: field(fc.constantFrom("fr", "en")),
    country: field(fc.constantFrom("FR", "de", "CH", "GB", "IE", "NO", "US", "CA", "RE", "AX", "XX")),
    age: field(fc.constantFrom(...AGE_BANDS)),
    account: field(fc.constantFrom(...ACCOUNT_TYPES)),
    school: field(fc.boolean()),
    firstName: field(name),
    lastName: field(name),
    email: field(fc.oneof(fc.emailAddress(), fc.string())),
    profileUrl: field(fc.oneof(fc.constant("https://www.linkedin.com/in/zoe"), fc.webUrl())),
    postalAddress: field(
      fc.record(
        {
          lines: fc.array(fc.string({ unit: "grapheme", maxLength: 120 }), { maxLength: 6 }),
          postalCode: fc.string({ maxLength: 24 }),
          city: fc.string({ unit: "grapheme", maxLength: 60 }),
          country: fc.constantFrom("FR", "CH", "zz"),
        },
        { requiredKeys: ["lines"] },
      ),
    ),
    dataCategories: field(fc.subarray([...DATA_CATEGORIES])),
    situations: field(fc.subarray([...SITUATIONS])),
    situationText: field(fc.string({ unit: "grapheme", maxLength: 2100 })),
    place: field(fc.string({ unit: "grapheme", maxLength: 120 })),
    date: field(
      fc.oneof(fc.constantFrom("2026-11-28", "2025-11-03", "2031-01-01", "2026-02-30"), fc.string()),
    ),
    signature: field(
      fc.oneof(
        fc.constant({ type: "typed" }),
        fc.constant({ type: "drawn", png: SMALL_PNG }),
        fc
          .base64String({ maxLength: 400 })
          .map((b64) => ({ type: "drawn", png: `data:image/png;base64,${b64}` })),
      ),
    ),
    guardian: field(fc.record({ firstName: name, lastName: name })),
    partner: field(fc.oneof(fc.constant("la-quadrature"), fc.string())),
    mentions: field(fc.array(fc.oneof(fc.constant("https://www.linkedin.com/posts/x"), fc.webUrl()))),
    land: field(fc.oneof(fc.constantFrom("BY", "de-nw", "XX"), fc.string())),
    reference: field(fc.oneof(fc.constant("LI-AI-2026-7K3QXM"), fc.string())),
  },
  { requiredKeys: [] },
);

const payload = fc.oneof(
  { weight: 6, arbitrary: plausible.map((value) => JSON.stringify(value)) },
  { weight: 2, arbitrary: body.map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value) ?? "null") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
);

const contentType = fc.oneof(
  { weight: 9, arbitrary: fc.constant("application/json") },
  {
    weight: 1,
    arbitrary: fc.constantFrom("text/plain", "", "application/json; charset=utf-8", "multipart/form-data"),
  },
);

const query = fc.oneof(
  fc.constant(""),
  fc.constantFrom("?locale=fr", "?locale=en", "?locale=xx", "?locale="),
);

function withTimeout(promise: Promise<Response>, ms: number): Promise<Response> {
  return Promise.race([
    promise,
    new Promise<Response>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms),
    ),
  ]);
}

const statuses: Record<"pdf" | "text", Record<number, number>> = { pdf: {}, text: {} };

async function check(
  post: (request: Request) => Promise<Response>,
  kind: "pdf" | "text",
  text: string,
  type: string,
  search: string,
  language: string,
) {
  const headers: Record<string, string> = { "accept-language": language };
  if (type) headers["content-type"] = type;
  const response = await withTimeout(
    post(new Request(`http://localhost/api/v1/letter${search}`, { method: "POST", headers, body: text })),
    15_000,
  );
  statuses[kind][response.status] = (statuses[kind][response.status] ?? 0) + 1;
  expect(ALLOWED.has(response.status), `status ${response.status} for ${text.slice(0, 200)}`).toBe(true);
  const contentTypeHeader = response.headers.get("content-type") ?? "";
  if (response.status === 200 && kind === "pdf") {
    expect(contentTypeHeader).toBe("application/pdf");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    return;
  }
  expect(contentTypeHeader).toMatch(/^application\/json/);
  const json = (await response.json()) as Record<string, unknown>;
  if (response.status === 200) {
    expect(typeof json.body).toBe("string");
    expect((json.short as string).length).toBeLessThanOrEqual(1000);
  } else {
    expect(typeof json.error).toBe("string");
    expect(typeof json.message).toBe("string");
  }
}

describe("letter API under generated bodies", () => {
  it("POST /api/v1/letter/text answers JSON 200 or a JSON 4xx, 2,000 times", async () => {
    await fc.assert(
      fc.asyncProperty(
        payload,
        contentType,
        query,
        fc.string({ maxLength: 40 }),
        (text, type, search, language) => check(postText, "text", text, type, search, language),
      ),
      { numRuns: 2000 },
    );
    // The generator must reach the letter itself often enough to mean something.
    expect(statuses.text[200] ?? 0, JSON.stringify(statuses.text)).toBeGreaterThan(200);
  }, 60_000);

  it("POST /api/v1/letter answers a PDF or a JSON 4xx, 150 times", async () => {
    await fc.assert(
      fc.asyncProperty(
        payload,
        contentType,
        query,
        fc.string({ maxLength: 40 }),
        (text, type, search, language) => check(postPdf, "pdf", text, type, search, language),
      ),
      { numRuns: 150 },
    );
    expect(statuses.pdf[200] ?? 0, JSON.stringify(statuses.pdf)).toBeGreaterThan(15);
  }, 60_000);
});
