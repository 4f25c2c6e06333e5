import { beforeAll, describe, expect, it as test } from "vitest";
import { POST } from "@/app/api/v1/letter/route";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { SITUATIONS } from "@/lib/universal/rules/types";
import { buildLetter } from "@/lib/universal/letter/build-letter";
import { ZLetterRequest } from "@/lib/universal/schemas/letter-request";
import {
  jsonRequest,
  letterBody,
  pdfInfo,
  pdfText,
  signaturePngDataUrl,
} from "@/tests/support/letter-fixtures";

/**
 * Real Italian letters rendered through POST /api/v1/letter and read back with poppler's pdftotext: Italy,
 * Switzerland in Italian, a UK member, minors and a non-member.
 */

const NAME = { firstName: "Giulia", lastName: "D'Amico" };
const GUARDIAN = { firstName: "Marco", lastName: "Dell'Acqua" };
const DRAWN = { type: "drawn", png: signaturePngDataUrl() };

const italian = (change: Record<string, unknown> = {}) =>
  letterBody({
    letterLocale: "it",
    country: "IT",
    ...NAME,
    email: "giulia@example.org",
    date: "2026-11-29",
    place: "Milano",
    ...change,
  });

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

/**
 * The PDF's text without the page furniture ("LI-AI-2026-7K3QXM Pagina 1 di 3") that pdftotext prints where a
 * page breaks, so that a sentence running over two pages reads whole.
 */
const letterText = (pdf: Uint8Array) =>
  pdfText(pdf).replace(/ ?LI-AI-\d{4}-[0-9A-Z]{6} Pagina \d+ di \d+(?= )/g, "");

/** The text of the PDF without the names the person typed, which may keep a straight apostrophe. */
const ownWording = (text: string) =>
  [NAME.lastName, GUARDIAN.lastName].reduce((t, name) => t.split(name).join(""), text);

const DEADLINE =
  "senza ingiustificato ritardo e, comunque, al più tardi entro un mese dal ricevimento della richiesta stessa";
const COMPELLING =
  "motivi legittimi cogenti per procedere al trattamento che prevalgono sui miei interessi, sui miei diritti e sulle mie libertà oppure per l’accertamento, l’esercizio o la difesa di un diritto in sede giudiziaria";

describe("Italian letter PDFs", () => {
  beforeAll(async () => {
    await render(italian()); // warm-up: fonts and layout engine
  });

  test("Italy: LinkedIn Ireland, the Garante, Italian citations and the official wording", async () => {
    const { pdf, response } = await render(italian({ situations: ["special-category"] }));
    const text = letterText(pdf);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="opposizione-linkedin-ia-2026-11-29-li-ai-2026-[0-9a-z]{6}\.pdf"$/,
    );
    for (const line of [
      "LinkedIn Ireland Unlimited Company",
      "Al responsabile della protezione dei dati",
      "Wilton Plaza",
      "Dublin 2",
      "Milano, 29 novembre 2026",
      "Oggetto: Opposizione ai sensi dell’art. 21 del regolamento (UE) 2016/679",
      "Spettabile Società,",
      "Mi oppongo, ai sensi dell’art. 21, par. 1, del regolamento (UE) 2016/679 (RGPD),",
      "(art. 6, par. 1, lett. f), del RGPD)",
      "(art. 17, par. 1, lett. c), del RGPD)",
      "(art. 9, par. 2, lett. e), del RGPD)",
      "per motivi connessi alla mia situazione particolare",
      DEADLINE,
      COMPELLING,
      "all’autorità di controllo del mio paese di residenza, Garante per la protezione dei dati personali,",
      "Distinti saluti",
      "Giulia D'Amico",
    ])
      expect(text).toContain(line);
    expect(text).toMatch(/Riferimento: LI-AI-2026-[0-9A-Z]{6}/);
    expect(pdfText(pdf)).toMatch(/LI-AI-2026-[0-9A-Z]{6} Pagina 1 di [234]/);
    expect(text).not.toMatch(/\u2105|c\/o|Page \d/);
    expect(ownWording(text)).not.toContain("'");
    expect(text).not.toContain("LPD");
    expect(text).not.toContain("UK GDPR");

    const info = pdfInfo(pdf);
    expect(info.Title).toMatch(
      /^Opposizione all’addestramento dell’IA generativa – LinkedIn – LI-AI-2026-[0-9A-Z]{6}$/,
    );
    expect(new TextDecoder("latin1").decode(pdf)).toMatch(/\/Lang \(it\)/);
  });

  test("Switzerland in Italian: the LPD in the Swiss form, the IFPDT, Lugano", async () => {
    const text = letterText(
      (await render(italian({ country: "CH", place: "Lugano", signature: DRAWN }))).pdf,
    );
    for (const line of [
      "Lugano, 29 novembre 2026",
      "LinkedIn Ireland Unlimited Company",
      "e dell’art. 30 LPD",
      "la legge federale sulla protezione dei dati (LPD)",
      "(art. 30 cpv. 2 lett. b LPD)",
      "(art. 30 cpv. 3 LPD)",
      "(art. 31 cpv. 1 LPD)",
      "dall’art. 32 cpv. 2 LPD",
      "all’autorità federale di vigilanza, Incaricato federale della protezione dei dati e della trasparenza (IFPDT),",
      "dell’art. 21, par. 1, del RGPD,",
      DEADLINE,
    ])
      expect(text).toContain(line);
    expect(ownWording(text)).not.toContain("'");
  });

  test("a UK member in Italian: LinkedIn Corporation, the UK GDPR, section 164A and the ICO", async () => {
    const text = letterText((await render(italian({ country: "GB", place: "London" }))).pdf);
    for (const line of [
      "LinkedIn Corporation",
      "1000 W Maude Avenue",
      "London, 29 novembre 2026",
      "ai sensi dell’art. 21, par. 1, del RGPD britannico (UK GDPR),",
      "alla vostra società capogruppo Microsoft",
      "(art. 12, par. 3, e art. 12A del RGPD britannico)",
      "ai sensi della sezione 164A",
      "all’Information Commissioner del Regno Unito (ICO)",
    ])
      expect(text).toContain(line);
    expect(text).not.toContain("Comitato europeo");
    expect(text).not.toContain("Garante");
    expect(ownWording(text)).not.toContain("'");
  });

  test("a 16- or 17-year-old: the protection of minors in the words of Art. 6(1)(f)", async () => {
    const text = letterText((await render(italian({ age: "16-17" }))).pdf);
    expect(text).toContain("Ho meno di 18 anni.");
    expect(text).toContain(
      "«in particolare se l’interessato è un minore» (art. 6, par. 1, lett. f), del RGPD)",
    );
    expect(text).toContain("(considerando 38 del RGPD)");
    expect(text).toContain("anche dopo che avrò compiuto 18 anni");
    expect(text).not.toContain("Rappresentante legale");
  });

  test("an under-16 with a drawn signature: the legal representative co-signs", async () => {
    const text = letterText(
      (await render(italian({ age: "under-16", guardian: GUARDIAN, signature: DRAWN }))).pdf,
    );
    expect(text).toContain(
      "insieme a chi mi rappresenta legalmente, Marco Dell'Acqua, che firma con me questa lettera.",
    );
    expect(text).toContain("Rappresentante legale");
    expect(text.split("Marco Dell'Acqua").length - 1).toBeGreaterThanOrEqual(2);
    expect(ownWording(text)).not.toContain("'");
  });

  test("a non-member writing by post: no account, the pages that mention them", async () => {
    const mention = "https://www.linkedin.com/posts/someone_activity-7123456789012345678";
    const text = letterText(
      (
        await render(
          italian({
            account: "non-member",
            email: undefined,
            postalAddress: { lines: ["Via Roma 1"], postalCode: "00184", city: "Roma" },
            place: undefined,
            mentions: [mention],
          }),
        )
      ).pdf,
    );
    for (const line of [
      "Via Roma 1",
      "00184 Roma",
      "Roma, 29 novembre 2026",
      "Poiché non ho un account LinkedIn, questa opposizione ha per oggetto tutti i dati personali che mi riguardano",
      "Le seguenti pagine di LinkedIn mi menzionano:",
      mention,
      "rispondermi all’indirizzo postale sopra indicato",
    ])
      expect(text).toContain(line);
    expect(text).not.toContain("E-mail dell’account");
    expect(text).not.toContain("«Dati per migliorare l’IA generativa»");
    expect(ownWording(text)).not.toContain("'");
  });
});

describe("Italian and English PDFs for the same answers", () => {
  test.each([["IT"], ["CH"], ["GB"]])(
    "%s: print the same paragraphs, with the same references, in the same order",
    async (country) => {
      const answers = {
        country,
        age: "16-17",
        account: "member",
        situations: [...SITUATIONS],
        situationText: "Le mie parole.",
      };
      const letters = await Promise.all(
        (["it", "en"] as const).map(async (letterLocale) => {
          const body = italian({ ...answers, letterLocale });
          const request = ZLetterRequest.parse(body);
          const model = buildLetter(request, assessEligibility(request), {
            today: "2026-11-29",
            reference: "LI-AI-2026-7K3QXM",
          });
          const text = letterText((await render(body)).pdf);
          // Each paragraph is found in the PDF by its first words; positions must increase.
          const positions = model.paragraphs.map((p) =>
            text.indexOf(p.text.replace(/\s+/g, " ").slice(0, 60)),
          );
          return { model, positions };
        }),
      );
      const [italianLetter, english] = letters as [(typeof letters)[number], (typeof letters)[number]];
      for (const { positions } of letters) {
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      }
      expect(italianLetter.model.paragraphs.map((p) => [p.id, p.refs])).toEqual(
        english.model.paragraphs.map((p) => [p.id, p.refs]),
      );
    },
  );
});
