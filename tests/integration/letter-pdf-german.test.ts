import { beforeAll, describe, expect, it } from "vitest";
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
 * Renders German letters through POST /api/v1/letter and reads them back with poppler's pdftotext: Germany with
 * and without a Land, Austria, Switzerland (Swiss spelling, DSG), the United Kingdom, a minor and a non-member.
 */

const NAME = "Zoë Łukasiewicz-Ørsted";
const DEADLINE = "unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang des Antrags";
const COMPELLING =
  "zwingende schutzwürdige Gründe für die Verarbeitung nachweisen, die meine Interessen, Rechte und Freiheiten überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen";
const LEAD = "– Irische Datenschutzkommission (Data Protection Commission) –";

async function render(change: Record<string, unknown>) {
  const response = await POST(
    jsonRequest(
      "http://localhost/api/v1/letter",
      letterBody({ letterLocale: "de", date: "2026-11-29", ...change }),
    ),
  );
  expect(
    response.status,
    await response
      .clone()
      .text()
      .then((t) => t.slice(0, 300)),
  ).toBe(200);
  const pdf = new Uint8Array(await response.arrayBuffer());
  return { pdf, text: pdfText(pdf), response };
}

describe("German letter PDFs", () => {
  beforeAll(async () => {
    await render({}); // warm-up: fonts and layout engine
  });

  it("Germany, Bavaria: controller, German citations, official wording, the BayLDA, German metadata", async () => {
    const { pdf, text, response } = await render({
      country: "DE",
      land: "BY",
      place: "München",
      situations: ["special-category"],
      signature: { type: "drawn", png: signaturePngDataUrl() },
    });
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="widerspruch-linkedin-ki-2026-11-29-li-ai-2026-[0-9a-z]{6}\.pdf"$/,
    );
    for (const line of [
      "LinkedIn Ireland Unlimited Company",
      "z. Hd. des Datenschutzbeauftragten",
      "Wilton Plaza",
      "Dublin 2",
      "E-Mail des Kontos: zoe@example.org",
      "München, 29. November 2026",
      "Betreff: Widerspruch gegen die Verarbeitung meiner personenbezogenen Daten zum Training generativer KI (Art. 21 DSGVO)",
      "Sehr geehrte Damen und Herren,",
      "hiermit widerspreche ich gemäß Art. 21 Abs. 1 DSGVO",
      "(Art. 6 Abs. 1 lit. f DSGVO)",
      "(Art. 17 Abs. 1 lit. c DSGVO)",
      "(Art. 18 Abs. 1 lit. d DSGVO)",
      "(Art. 9 Abs. 2 lit. e DSGVO)",
      DEADLINE,
      COMPELLING,
      `bei der Aufsichtsbehörde meines Bundeslandes – Bayerisches Landesamt für Datenschutzaufsicht – oder bei Ihrer federführenden Aufsichtsbehörde ${LEAD} Beschwerde einzulegen (Art. 77 DSGVO)`,
      "Mit freundlichen Grüßen",
      NAME,
    ])
      expect(text).toContain(line);
    expect(text).toMatch(/Seite 1 von [234]/);
    expect(text).not.toMatch(/\u2105|Page \d|GDPR/);
    const info = pdfInfo(pdf);
    expect(info.Title).toMatch(
      /^Widerspruch gegen das Training generativer KI – LinkedIn – LI-AI-2026-[0-9A-Z]{6}$/,
    );
    expect(new TextDecoder("latin1").decode(pdf)).toMatch(/\/Lang \(de\)/);
  });

  it("Germany without a Land: the authority of the person's Land, in general terms", async () => {
    const { text } = await render({ country: "DE" });
    expect(text).toContain(
      `bei einer Aufsichtsbehörde in Deutschland (der Aufsichtsbehörde meines Bundeslandes) oder bei Ihrer federführenden Aufsichtsbehörde ${LEAD}`,
    );
    expect(text).not.toContain("Bundesbeauftragte");
    expect(text).toContain("29. November 2026");
  });

  it("Austria: the Österreichische Datenschutzbehörde", async () => {
    const { text } = await render({ country: "AT", place: "Wien" });
    expect(text).toContain("Wien, 29. November 2026");
    expect(text).toContain(
      `bei der Aufsichtsbehörde meines Wohnsitzstaates – Österreichische Datenschutzbehörde – oder bei Ihrer federführenden Aufsichtsbehörde ${LEAD}`,
    );
    expect(text).toContain("„Daten zur Verbesserung generativer KI“");
  });

  it("Switzerland: the DSG, the EDÖB, Swiss spelling, and the guardian's ß kept as typed", async () => {
    const { text } = await render({
      country: "CH",
      place: "Zürich",
      age: "under-16",
      guardian: { firstName: "Anna", lastName: "Strauß" },
      situations: [...SITUATIONS],
    });
    for (const line of [
      "Zürich, 29. November 2026",
      "(Art. 21 DSGVO und Art. 30 DSG)",
      "Hiermit widerspreche ich gemäss Art. 21 Abs. 1 DSGVO",
      "(Art. 30 Abs. 2 lit. b DSG)",
      "(Art. 30 Abs. 3 DSG)",
      "(Art. 31 Abs. 1 DSG)",
      "Art. 32 Abs. 2 DSG",
      "der Aufsichtsbehörde des Bundes – Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB) – zu melden",
      "«Daten zur Verbesserung generativer KI»",
      "gemeinsam mit meiner gesetzlichen Vertretung, Anna Strauß, die dieses Schreiben mitunterzeichnet",
      "Freundliche Grüsse",
      "Anna Strauß Gesetzliche Vertretung",
    ])
      expect(text).toContain(line);
    expect(text.replaceAll("Strauß", "")).not.toMatch(/[ßẞ]/);
    expect(text).not.toMatch(/[„“]/);
  });

  it("United Kingdom: LinkedIn Corporation, the UK GDPR, Section 164A and the ICO", async () => {
    const { text } = await render({ country: "GB", place: "London" });
    for (const line of [
      "LinkedIn Corporation",
      "1000 W Maude Avenue",
      "London, 29. November 2026",
      "hiermit widerspreche ich gemäß Art. 21 Abs. 1 UK GDPR",
      "Ihrer Muttergesellschaft Microsoft",
      "Beschwerde gemäß Section 164A des Data Protection Act 2018",
      `${DEADLINE} (Art. 12 Abs. 3 und Art. 12A UK GDPR)`,
      "mich beim Information Commissioner (ICO) zu beschweren",
    ])
      expect(text).toContain(line);
    expect(text).not.toMatch(/DSGVO|LinkedIn Ireland/);
  });

  it("a 16- or 17-year-old: under 18, a child under Art. 6 Abs. 1 lit. f and Erwägungsgrund 38", async () => {
    const { text } = await render({ country: "DE", age: "16-17" });
    expect(text).toContain("Ich bin noch nicht 18 Jahre alt.");
    expect(text).toContain(
      "„insbesondere dann, wenn es sich bei der betroffenen Person um ein Kind handelt“",
    );
    expect(text).toContain("(Erwägungsgrund 38 DSGVO)");
    expect(text).toContain("auch nach Vollendung meines 18. Lebensjahres aufrecht");
  });

  it("a non-member: the pages that mention them printed whole, the postal reply channel", async () => {
    const mention = "https://www.linkedin.com/posts/camille-durand_activity-7123456789012345678-AbCd";
    const { text } = await render({
      country: "DE",
      account: "non-member",
      email: undefined,
      postalAddress: { lines: ["Hauptstraße 5"], postalCode: "10115", city: "Berlin" },
      mentions: [mention],
    });
    for (const line of [
      "Hauptstraße 5 10115 Berlin Deutschland",
      "Berlin, 29. November 2026",
      "Da ich kein LinkedIn-Konto habe",
      "Die folgenden Seiten auf LinkedIn erwähnen mich:",
      mention,
      "mir unter der oben angegebenen Postanschrift antworten",
    ])
      expect(text).toContain(line);
    expect(text).not.toMatch(/Einstellung|meines Kontos/);
  });

  it("prints the paragraphs of the model in order", async () => {
    const answers = {
      letterLocale: "de",
      country: "DE",
      land: "NW",
      age: "16-17",
      situations: [...SITUATIONS],
      situationText: "Meine eigenen Worte.",
      date: "2026-11-29",
    };
    const request = ZLetterRequest.parse(letterBody(answers));
    const model = buildLetter(request, assessEligibility(request), {
      today: "2026-11-29",
      reference: "LI-AI-2026-7K3QXM",
    });
    const { text } = await render(answers);
    const positions = model.paragraphs.map((p) => text.indexOf(p.text.replace(/\s+/g, " ").slice(0, 60)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
