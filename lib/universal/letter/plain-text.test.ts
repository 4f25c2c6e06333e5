import { describe, expect, it } from "vitest";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { LOCALES } from "@/lib/universal/i18n/locales";
import { SITUATIONS } from "@/lib/universal/rules/types";
import { ZLetterRequest, type TLetterRequestInput } from "@/lib/universal/schemas/letter-request";
import { buildLetter } from "./build-letter";
import { letterFileName } from "./file-name";
import { SHORT_TEXT_MAX, toPlainText, toShortText } from "./plain-text";
import { newLetterReference, REFERENCE_PATTERN } from "./reference-number";

function letter(change: Partial<TLetterRequestInput>) {
  const request = ZLetterRequest.parse({
    letterLocale: "fr",
    country: "CH",
    age: "18-plus",
    account: "member",
    firstName: "Zoë",
    lastName: "Łukasiewicz-Ørsted",
    email: "zoe.lukasiewicz-orsted@example.org",
    date: "2026-11-28",
    ...change,
  });
  return buildLetter(request, assessEligibility(request), {
    today: "2026-11-28",
    reference: "LI-AI-2026-7K3QXM",
  });
}

const longest = { situations: [...SITUATIONS], situationText: "Mot ".repeat(500).trim() };

describe("toPlainText", () => {
  it("prints the letter in reading order with the reference, subject and signature", () => {
    const text = toPlainText(letter({}));
    const order = [
      "Zoë Łukasiewicz-Ørsted",
      "LinkedIn Ireland Unlimited Company",
      "Le 28 novembre 2026",
      "Référence",
      "Objet",
      "Madame, Monsieur,",
      "Je m’oppose",
      "salutations distinguées",
    ];
    const positions = order.map((needle) => text.indexOf(needle));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text.trimEnd().endsWith("Zoë Łukasiewicz-Ørsted")).toBe(true);
  });
});

describe("toShortText", () => {
  it.each([
    ["fr", "CH"],
    ["fr", "GB"],
    ["en", "GB"],
    ["en", "FR"],
  ] as const)(
    "stays within %s/%s LinkedIn's limit with every situation and 2,000 characters of own words",
    (letterLocale, country) => {
      const text = toShortText(letter({ letterLocale, country, ...longest }));
      expect(text.length).toBeLessThanOrEqual(SHORT_TEXT_MAX);
      expect(text).toContain("LI-AI-2026-7K3QXM");
      expect(text).toContain("Zoë Łukasiewicz-Ørsted, zoe.lukasiewicz-orsted@example.org");
      expect(text).toContain("21");
    },
  );

  it.each(LOCALES)(
    "%s: keeps the reference and who objects whole for the longest case (Swiss, under 16, no account, long names)",
    (letterLocale) => {
      const long = {
        firstName: "Zoë-Marie-Anne-Sophie ".repeat(4).trim(),
        lastName: "Łukasiewicz-Ørsted ".repeat(5).trim(),
      };
      const model = letter({
        letterLocale,
        country: "CH",
        age: "under-16",
        account: "non-member",
        ...long,
        guardian: long,
        postalAddress: { lines: ["Bahnhofstrasse 1"], postalCode: "8001", city: "Zürich" },
        mentions: ["https://www.linkedin.com/posts/someone_activity-1"],
        ...longest,
      });
      const text = toShortText(model);
      expect(text.length).toBeLessThanOrEqual(SHORT_TEXT_MAX);
      expect(text).toContain("LI-AI-2026-7K3QXM");
      expect(text.endsWith(`${long.firstName} ${long.lastName}, zoe.lukasiewicz-orsted@example.org`)).toBe(
        true,
      );
    },
  );

  it("keeps short own words whole", () => {
    expect(toShortText(letter({ situationText: "Je suis photographe." }))).toContain(
      "«\u00a0Je suis photographe.\u00a0»",
    );
  });
});

describe("letterFileName", () => {
  it.each([
    ["fr", "opposition-ia-linkedin-2026-11-28-li-ai-2026-7k3qxm.pdf"],
    ["en", "objection-linkedin-ai-2026-11-28-li-ai-2026-7k3qxm.pdf"],
  ] as const)("is localized and ASCII-safe in %s", (letterLocale, name) => {
    expect(letterFileName(letter({ letterLocale }))).toBe(name);
  });
});

describe("newLetterReference", () => {
  it("is random, carries the year and nothing else", () => {
    const references = new Set(Array.from({ length: 200 }, () => newLetterReference("2026-11-28")));
    expect(references.size).toBe(200);
    for (const reference of references) expect(reference).toMatch(REFERENCE_PATTERN);
    expect(newLetterReference("2027-01-02", (n) => new Uint8Array(n))).toBe("LI-AI-2027-000000");
  });
});
