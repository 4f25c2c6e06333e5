import { beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/universal/i18n/locales";
import { POST } from "@/app/api/v1/letter/route";
import { SITUATIONS } from "@/lib/universal/rules/types";
import { jsonRequest, letterBody, pdfInfo, pdfRawText } from "@/tests/support/letter-fixtures";

/**
 * What the PDF layout must never do: split or hyphenate what identifies the person (e-mail, profile and page
 * addresses, the reference, names), let a long word run off the page, or leave the closing and signature
 * alone on a page. Read back with poppler's `pdftotext -raw`, page by page.
 */

async function render(body: Record<string, unknown>): Promise<Uint8Array> {
  const response = await POST(jsonRequest("http://localhost/api/v1/letter", body));
  expect(response.status, (await response.clone().text()).slice(0, 300)).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

const LONG = {
  email: "zoe.lukasiewicz-orsted.mailbox@subdomain.example-company.org", // 60 characters
  longerEmail: "zoe.lukasiewicz-orsted.very-long-mailbox-name@subdomain.example-company.org",
  profileUrl: "https://www.linkedin.com/in/zoe-lukasiewicz-orsted-photographer-0123456789",
  longerProfileUrl:
    "https://www.linkedin.com/in/zoe-lukasiewicz-orsted-photographer-and-investigative-journalist-0123456789abcdef",
  mention: "https://www.linkedin.com/posts/camille-durand-photographe_activity-7123456789012345678-AbCd",
};
const REFERENCE = "LI-AI-2026-7K3QXM";

/** Lines of the page text without the footer (reference and "Page n of N"). */
const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !/^LI-AI-\d{4}-[0-9A-Z]{6} Page \d+ (of|sur) \d+$/.test(line));

beforeAll(async () => {
  await render(letterBody()); // warm-up: fonts and layout engine
});

describe("identifiers in the PDF", () => {
  it.each([
    ["en", LONG.email, LONG.profileUrl],
    ["fr", LONG.email, LONG.profileUrl],
    ["en", LONG.longerEmail, LONG.longerProfileUrl],
    ["fr", LONG.longerEmail, LONG.longerProfileUrl],
  ])(
    "%s: e-mail %s and profile address are printed whole on one line each",
    async (letterLocale, email, url) => {
      expect(email.length).toBeGreaterThanOrEqual(60);
      expect(url.length).toBeGreaterThanOrEqual(60);
      const text = pdfRawText(
        await render(letterBody({ letterLocale, email, profileUrl: url, reference: REFERENCE })),
      );
      const all = lines(text);
      for (const identifier of [email, url, REFERENCE, "Zoë Łukasiewicz-Ørsted"])
        expect(
          all.some((line) => line.includes(identifier)),
          identifier,
        ).toBe(true);
      // No piece of them is left at the end of a line with a hyphen.
      expect(all.filter((line) => /[\w.]-$/.test(line))).toEqual([]);
    },
  );

  it("prints a non-member's long page addresses whole, one per line", async () => {
    const mentions = [LONG.mention, `${LONG.mention}-second`];
    const text = pdfRawText(
      await render(letterBody({ letterLocale: "en", account: "non-member", email: LONG.email, mentions })),
    );
    for (const url of mentions) expect(lines(text)).toContain(`– ${url}`);
  });

  it("wraps a long unbroken word of the person's own words inside the margins, without a hyphen", async () => {
    const word = "Unbrokenwordthatisfartoolongtofitononelineofthisletterwithoutwrappinginsidethemargins";
    const text = pdfRawText(
      await render(letterBody({ letterLocale: "en", situationText: `${word}${word} end.` })),
    );
    const joined = lines(text).join("");
    expect(joined).toContain(`${word}${word}`);
    const pieces = lines(text).filter((line) => line.includes("Unbroken") || line.includes("margins"));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((line) => !line.endsWith("-"))).toBe(true);
  });
});

/** The personas whose letters the questionnaire produces, each in both languages. */
const PERSONAS: Record<string, Record<string, unknown>> = {
  eu: { country: "FR", situations: ["creative-work"], situationText: "Je suis photographe." },
  ch: { country: "CH" },
  uk: { country: "GB" },
  "de-art9": { country: "DE", land: "BY", situations: ["special-category"] },
  "under-16": { age: "under-16", guardian: { firstName: "Ğülşen", lastName: "Őrsi-Nowak" } },
  "16-17": { age: "16-17" },
  "adult-in-school": { school: true },
  "non-member": { account: "non-member", mentions: [LONG.mention] },
  "former-member": { account: "former-member" },
  everything: { situations: [...SITUATIONS], situationText: "Mot ".repeat(480).trim() },
};

const cases = Object.entries(PERSONAS).flatMap(([persona, change]) =>
  LOCALES.map((letterLocale) => ({ persona, letterLocale, change })),
);

/** The start of each language's closing line (German: Germany and Austria, or Switzerland). */
const CLOSINGS = {
  fr: /^Je vous prie d’agréer/,
  en: /^Yours faithfully,/,
  de: /^(Mit freundlichen Grüßen|Freundliche Grüsse)$/,
  it: /^Distinti saluti/,
} as const;

describe("the closing and the signature", () => {
  it.each(cases)("$persona, $letterLocale: never stand alone on a page", async ({ letterLocale, change }) => {
    const body = letterBody({ letterLocale, ...change });
    const pdf = await render(body);
    const pages = Number(pdfInfo(pdf).Pages);
    const closing = CLOSINGS[letterLocale];
    const signatureLines = new Set([
      "Zoë Łukasiewicz-Ørsted",
      "Ğülşen Őrsi-Nowak",
      "Parent or guardian",
      "Représentant légal",
      "Gesetzliche Vertretung",
      "Rappresentante legale",
    ]);
    let closingPage = 0;
    for (let page = 1; page <= pages; page++) {
      const text = lines(pdfRawText(pdf, { first: page, last: page }));
      if (!text.some((line) => closing.test(line))) continue;
      closingPage = page;
      // Closing and signatures are on the page, and so is at least one line of the letter before them.
      const start = text.findIndex((line) => closing.test(line));
      expect(start, text.join("\n")).toBeGreaterThan(0);
      expect(text.slice(0, start).filter((line) => !signatureLines.has(line)).length).toBeGreaterThan(0);
      expect(text.slice(start).filter((line) => line === "Zoë Łukasiewicz-Ørsted").length).toBeGreaterThan(0);
    }
    expect(closingPage).toBe(pages);
  });
});
