import { describe, expect, it } from "vitest";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { ACCOUNT_TYPES, AGE_BANDS, SITUATIONS } from "@/lib/universal/rules/types";
import { ZLetterRequest } from "@/lib/universal/schemas/letter-request";
import { buildLetter } from "../build-letter";
import { PARAGRAPH_IDS, type LetterModel } from "../model";
import { LOCALES, type Locale } from "@/lib/universal/i18n/locales";
import { letterCatalog } from "./index";

const letterAccounts = ACCOUNT_TYPES.filter((account) => account !== "organization");

function build(
  locale: Locale,
  country: string,
  age: (typeof AGE_BANDS)[number],
  account: (typeof ACCOUNT_TYPES)[number],
) {
  const request = ZLetterRequest.parse({
    letterLocale: locale,
    country,
    age,
    account,
    firstName: "Zoë",
    lastName: "Łukasiewicz-Ørsted",
    // A non-member replies by post here, a member by e-mail: both reply channels are covered.
    email: account === "non-member" ? undefined : "zoe@example.org",
    postalAddress:
      account === "non-member"
        ? { lines: ["12 rue des Lilas"], postalCode: "75011", city: "Paris" }
        : undefined,
    mentions: account === "non-member" ? ["https://www.linkedin.com/posts/someone_activity-1"] : undefined,
    guardian: age === "under-16" ? { firstName: "Anne", lastName: "Durand" } : undefined,
    situations: [...SITUATIONS],
    situationText: "Words.",
    date: "2026-11-28",
  });
  return buildLetter(request, assessEligibility(request), {
    today: "2026-11-28",
    reference: "LI-AI-2026-7K3QXM",
  });
}

/**
 * "GDPR Art. 17(1)(c)" → "17"; "FADP Art. 30(2)(b)" → "30"; "GDPR Recital 38" → "38"; "EDPB Opinion 28/2024" →
 * "28/2024"; "CJEU C-252/21" → "C-252/21"; "DPA 2018 s. 164A" → "164A"; "UK GDPR Art. 12A" → "12A".
 */
const citedNumber = (ref: string) =>
  /(?:Art\.|Recital|Opinion|Guidelines|s\.) ([\dA-Z/]+)/.exec(ref)?.[1] ?? /C-\d+\/\d+/.exec(ref)?.[0] ?? ref;

const cases = ["FR", "CH", "GB", "IE"].flatMap((country) =>
  AGE_BANDS.flatMap((age) => letterAccounts.map((account) => [country, age, account] as const)),
);

const english = letterCatalog("en");
const otherLocales = LOCALES.filter((locale) => locale !== "en");

describe("the letters in every language", () => {
  it.each(LOCALES)("write every paragraph id in %s, also in its Swiss variant", (locale) => {
    for (const catalog of [letterCatalog(locale), letterCatalog(locale, "ch-fadp")]) {
      expect(catalog.locale).toBe(locale);
      expect(Object.keys(catalog.paragraphs).sort()).toEqual([...PARAGRAPH_IDS].sort());
      expect(Object.keys(catalog.short.situations).sort()).toEqual(
        Object.keys(english.short.situations).sort(),
      );
    }
  });

  it.each(cases)(
    "for %s, %s, %s have the same paragraphs, references and items in the same order",
    (country, age, account) => {
      const shape = (m: LetterModel) =>
        m.paragraphs.map((p) => ({ id: p.id, refs: p.refs, items: p.items?.length ?? 0, quote: p.quote }));
      const reference = build("en", country, age, account);
      for (const locale of otherLocales) {
        const other = build(locale, country, age, account);
        expect(shape(other), locale).toEqual(shape(reference));
        expect(
          other.signatures.map((s) => s.signer),
          locale,
        ).toEqual(reference.signatures.map((s) => s.signer));
      }
    },
  );

  it.each(cases)(
    "for %s, %s, %s cite each reference in the text of its paragraph",
    (country, age, account) => {
      for (const model of LOCALES.map((locale) => build(locale, country, age, account))) {
        for (const paragraph of model.paragraphs) {
          for (const ref of paragraph.refs)
            expect(paragraph.text, `${paragraph.id} ${ref}`).toContain(citedNumber(ref));
        }
      }
    },
  );

  it("use the official French wording of the GDPR for the deadline and the compelling grounds", () => {
    const french = build("fr", "FR", "18-plus", "member");
    const all = french.paragraphs.map((p) => p.text).join("\n");
    expect(all).toContain(
      "dans les meilleurs délais et en tout état de cause dans un délai d’un mois à compter de la réception de la demande",
    );
    expect(all).toContain("pour des raisons tenant à");
    expect(all).toContain(
      "motifs légitimes et impérieux pour le traitement qui prévalent sur mes intérêts et mes droits et libertés",
    );
    expect(all).toContain("la constatation, l’exercice ou la défense de droits en justice");
  });

  it("use the English wording of the GDPR for the deadline", () => {
    const all = build("en", "FR", "18-plus", "member")
      .paragraphs.map((p) => p.text)
      .join("\n");
    expect(all).toContain("without undue delay and in any event within one month of receipt of the request");
    expect(all).toContain(
      "compelling legitimate grounds for the processing which override my interests, rights and freedoms",
    );
  });
});
