import { beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/universal/i18n/locales";
import { POST } from "@/app/api/v1/letter/route";
import { controllerFor, DPO_LINE } from "@/lib/universal/data/controllers";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { ACCOUNT_TYPES, AGE_BANDS, SITUATIONS, type Regime } from "@/lib/universal/rules/types";
import { buildLetter } from "@/lib/universal/letter/build-letter";
import { ZLetterRequest } from "@/lib/universal/schemas/letter-request";
import {
  jsonRequest,
  letterBody,
  pdfFonts,
  pdfInfo,
  pdfText,
  signaturePngDataUrl,
} from "@/tests/support/letter-fixtures";

/**
 * Renders real letters through POST /api/v1/letter and reads them back with poppler's pdftotext:
 * every regime, both languages, every account type and age band that can get a letter.
 */

const NAME = "Zoë Łukasiewicz-Ørsted";
const GUARDIAN = { firstName: "Ğülşen", lastName: "Őrsi-Nowak" };
const DRAWN = { type: "drawn", png: signaturePngDataUrl() };
const REGIMES: [Regime, string][] = [
  ["eu-gdpr", "FR"],
  ["ch-fadp", "CH"],
  ["uk-gdpr", "GB"],
];
const LETTER_ACCOUNTS = ACCOUNT_TYPES.filter((account) => account !== "organization");

const WORDING = {
  fr: {
    date: "28 novembre 2026",
    objection: "Je m’oppose, en application de l’article 21, paragraphe 1,",
    deadline:
      "dans les meilleurs délais et en tout état de cause dans un délai d’un mois à compter de la réception de la demande",
    articles: [
      "article 6, paragraphe 1, point f)",
      "article 18, paragraphe 1, point d)",
      "article 17, paragraphe 1, point c)",
      "article 12, paragraphe 3",
    ],
    guardian: "Représentant légal",
    careOf: "À l’attention du délégué à la protection des données",
    fadp: [
      "art. 30, al. 2, let. b, LPD",
      "art. 30, al. 3, LPD",
      "art. 31, al. 1, LPD",
      "art. 32, al. 2, LPD",
    ],
    microsoft: "votre société mère Microsoft",
    article9: "article 9, paragraphe 1",
    pageOne: /Page 1 sur [234]/,
  },
  en: {
    date: "28 November 2026",
    objection: "I object, under Article 21(1) of the",
    deadline: "without undue delay and in any event within one month of receipt of the request",
    articles: ["Article 6(1)(f)", "Article 18(1)(d)", "Article 17(1)(c)", "12(3)"],
    guardian: "Parent or guardian",
    careOf: "c/o Data Protection Officer",
    fadp: ["Art. 30(2)(b) FADP", "Art. 30(3) FADP", "Art. 31(1) FADP", "Art. 32(2) FADP"],
    microsoft: "your parent company Microsoft",
    article9: "Article 9(1)",
    pageOne: /Page 1 of [234]/,
  },
  de: {
    date: "28. November 2026",
    objection: "widerspreche ich gem",
    deadline: "unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang des Antrags",
    articles: ["Art. 6 Abs. 1 lit. f", "Art. 18 Abs. 1 lit. d", "Art. 17 Abs. 1 lit. c", "Art. 12 Abs. 3"],
    guardian: "Gesetzliche Vertretung",
    careOf: "z. Hd. des Datenschutzbeauftragten",
    fadp: ["Art. 30 Abs. 2 lit. b DSG", "Art. 30 Abs. 3 DSG", "Art. 31 Abs. 1 DSG", "Art. 32 Abs. 2 DSG"],
    microsoft: "Ihrer Muttergesellschaft Microsoft",
    article9: "Art. 9 Abs. 1",
    pageOne: /Seite 1 von [234]/,
  },
  it: {
    date: "28 novembre 2026",
    objection: "Mi oppongo, ai sensi dell’art. 21, par. 1,",
    deadline:
      "senza ingiustificato ritardo e, comunque, al più tardi entro un mese dal ricevimento della richiesta",
    articles: [
      "art. 6, par. 1, lett. f)",
      "art. 18, par. 1, lett. d)",
      "art. 17, par. 1, lett. c)",
      "art. 12, par. 3",
    ],
    guardian: "Rappresentante legale",
    careOf: "Al responsabile della protezione dei dati",
    fadp: ["art. 30 cpv. 2 lett. b LPD", "art. 30 cpv. 3 LPD", "art. 31 cpv. 1 LPD", "art. 32 cpv. 2 LPD"],
    microsoft: "vostra società capogruppo Microsoft",
    article9: "art. 9, par. 1",
    pageOne: /Pagina 1 di [234]/,
  },
} as const;

async function render(body: Record<string, unknown>): Promise<{ pdf: Uint8Array; response: Response }> {
  const response = await POST(jsonRequest("http://localhost/api/v1/letter", body));
  expect(
    response.status,
    await response
      .clone()
      .text()
      .then((t) => t.slice(0, 300)),
  ).toBe(200);
  return { pdf: new Uint8Array(await response.arrayBuffer()), response };
}

const cases = REGIMES.flatMap(([regime, country]) =>
  LOCALES.flatMap((locale) =>
    LETTER_ACCOUNTS.flatMap((account) => AGE_BANDS.map((age) => ({ regime, country, locale, account, age }))),
  ),
);

describe("letter PDFs", () => {
  beforeAll(async () => {
    await render(letterBody()); // warm-up: fonts and layout engine
  });

  it.each(cases)(
    "$regime, $locale, $account, $age: names, addresses, articles, date and deadline are in the text",
    async ({ regime, country, locale, account, age }) => {
      const drawn = (account.length + age.length) % 2 === 0;
      const { pdf, response } = await render(
        letterBody({
          letterLocale: locale,
          country,
          account,
          age,
          email: "zoe@example.org",
          guardian: age === "under-16" ? GUARDIAN : undefined,
          signature: drawn ? DRAWN : { type: "typed" },
          situations: ["special-category"],
        }),
      );
      const text = pdfText(pdf);
      const words = WORDING[locale];
      const controller = controllerFor(regime);

      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toMatch(
        /^attachment; filename="(opposition-ia-linkedin|objection-linkedin-ai|widerspruch-linkedin-ki|opposizione-linkedin-ia)-2026-11-28-li-ai-2026-[0-9a-z]{6}\.pdf"$/,
      );
      expect(text).toContain(controller?.name);
      for (const line of controller?.dpoPostalBlock ?? [])
        expect(text).toContain(line === DPO_LINE ? words.careOf : line);
      expect(text).not.toContain("\u2105");
      expect(text).toContain(NAME);
      expect(text).toContain(words.date);
      expect(text).toContain(words.objection);
      expect(text).toContain(words.deadline);
      for (const article of words.articles) expect(text).toContain(article);
      expect(text).toContain(words.article9);
      expect(text.includes(words.guardian)).toBe(age === "under-16");
      if (age === "under-16") expect(text).toContain(`${GUARDIAN.firstName} ${GUARDIAN.lastName}`);
      expect(text.includes(words.microsoft)).toBe(regime === "uk-gdpr");
      for (const citation of words.fadp) expect(text.includes(citation)).toBe(regime === "ch-fadp");
      expect(text.includes("UK GDPR")).toBe(regime === "uk-gdpr");
      expect(text.includes("164A")).toBe(regime === "uk-gdpr");
      expect(text.includes("12A")).toBe(regime === "uk-gdpr");
      // A typed signature prints the name twice (signature and name below it), a drawn one once.
      expect(text.split(NAME).length - 1).toBeGreaterThanOrEqual(drawn ? 1 : 2);
      expect(text).toMatch(/LI-AI-2026-[0-9A-Z]{6}/);
      expect(text).toMatch(words.pageOne);
    },
  );

  it("is A4 with embedded fonts, a title and the language in its metadata", async () => {
    const { pdf } = await render(letterBody({ letterLocale: "en", signature: DRAWN }));
    const info = pdfInfo(pdf);
    expect(info["Page size"]).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)/);
    expect(info.Title).toMatch(/^Objection to generative AI training – LinkedIn – LI-AI-2026-[0-9A-Z]{6}$/);
    expect(info.Author).toBeUndefined();
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.embedded)).toBe(true);
    expect(fonts.map((font) => font.name).join(" ")).toContain("DejaVuSerifCondensed");
    expect(new TextDecoder("latin1").decode(pdf)).toMatch(/\/Lang \(en\)/);
  });

  it("prints every Latin Extended letter a name may carry", async () => {
    const names = { firstName: "Ğülşen Åsa Þóra", lastName: "Őrsi-Nowak d’Ærø Straße Çelik-Ñúñez Dvořák" };
    const text = pdfText((await render(letterBody(names))).pdf);
    expect(text).toContain(`${names.firstName} ${names.lastName}`);
  });
});

describe("French and English PDFs for the same answers", () => {
  it.each(REGIMES)(
    "%s: print the same paragraphs, with the same references, in the same order",
    async (_regime, country) => {
      const answers = {
        country,
        age: "16-17",
        account: "member",
        situations: [...SITUATIONS],
        situationText: "Mes propres mots.",
        guardian: undefined,
      };
      const letters = await Promise.all(
        LOCALES.map(async (letterLocale) => {
          const request = ZLetterRequest.parse(letterBody({ ...answers, letterLocale }));
          const model = buildLetter(request, assessEligibility(request), {
            today: "2026-11-28",
            reference: "LI-AI-2026-7K3QXM",
          });
          const text = pdfText((await render(letterBody({ ...answers, letterLocale }))).pdf);
          // Each paragraph is found in the PDF by its first words; positions must increase.
          const positions = model.paragraphs.map((p) =>
            text.indexOf(p.text.replace(/\s+/g, " ").slice(0, 60)),
          );
          return { model, positions };
        }),
      );
      const [french, english] = letters as [(typeof letters)[number], (typeof letters)[number]];
      for (const { positions } of letters) {
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      }
      expect(french.model.paragraphs.map((p) => [p.id, p.refs])).toEqual(
        english.model.paragraphs.map((p) => [p.id, p.refs]),
      );
    },
  );
});
