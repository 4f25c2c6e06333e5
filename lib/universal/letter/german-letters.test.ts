import { describe, expect, it } from "vitest";
import { typography } from "@/lib/universal/i18n/typography";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { ACCOUNT_TYPES, AGE_BANDS, SITUATIONS } from "@/lib/universal/rules/types";
import { ZLetterRequest, type TLetterRequestInput } from "@/lib/universal/schemas/letter-request";
import { buildLetter } from "./build-letter";
import { letterCatalog } from "./catalog";
import { de, deCH } from "./catalog/de";
import { letterFileName } from "./file-name";
import type { LetterModel, ParagraphId } from "./model";
import { SHORT_TEXT_MAX, toPlainText, toShortText } from "./plain-text";

/**
 * The German letters, sentence by sentence: the controller, the citations in their German form, the authorities
 * by name, the official wording of the DSGVO and of the Swiss DSG, and the Swiss spelling.
 */

const BASE: TLetterRequestInput = {
  letterLocale: "de",
  country: "DE",
  age: "18-plus",
  account: "member",
  firstName: "Zoë",
  lastName: "Łukasiewicz-Ørsted",
  email: "zoe@example.org",
  date: "2026-11-29",
};

function letter(change: Partial<TLetterRequestInput> = {}): LetterModel {
  const request = ZLetterRequest.parse({ ...BASE, ...change });
  return buildLetter(request, assessEligibility(request), {
    today: "2026-11-29",
    reference: "LI-AI-2026-7K3QXM",
  });
}

/** The wording, with the non-breaking spaces of German typesetting read as spaces (they are tested apart). */
const spaces = (text: string) => text.replace(/\u00a0/g, " ");
const body = (model: LetterModel) => toPlainText(model).replace(/\s+/g, " ");
const paragraph = (model: LetterModel, id: ParagraphId) =>
  spaces(model.paragraphs.find((p) => p.id === id)?.text ?? "");

const DEADLINE = "unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang des Antrags";
const COMPELLING =
  "es sei denn, Sie können zwingende schutzwürdige Gründe für die Verarbeitung nachweisen, die meine Interessen, Rechte und Freiheiten überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen.";
const LEAD = "Irische Datenschutzkommission (Data Protection Commission)";

describe("a German letter for Germany", () => {
  const bavaria = letter({ land: "BY", place: "München" });

  it("goes to LinkedIn Ireland, for the attention of its data protection officer", () => {
    expect(bavaria.recipient.name).toBe("LinkedIn Ireland Unlimited Company");
    expect(bavaria.recipient.lines).toEqual([
      "z. Hd. des Datenschutzbeauftragten",
      "Wilton Plaza",
      "Wilton Place",
      "Dublin 2",
      "Ireland",
    ]);
    expect(bavaria.sender.identifiers).toEqual(["E-Mail des Kontos: zoe@example.org"]);
    expect(bavaria.placeAndDate).toBe("München, 29. November 2026");
    expect(spaces(bavaria.subject)).toBe(
      "Widerspruch gegen die Verarbeitung meiner personenbezogenen Daten zum Training generativer KI (Art. 21 DSGVO)",
    );
    expect(bavaria.salutation).toBe("Sehr geehrte Damen und Herren,");
    expect(bavaria.closing).toBe("Mit freundlichen Grüßen");
    expect(bavaria.labels).toEqual({
      reference: "Referenz",
      subject: "Betreff",
      pageOf: "Seite {page} von {total}",
    });
  });

  it("objects under Art. 21 Abs. 1 DSGVO to processing based on Art. 6 Abs. 1 lit. f DSGVO", () => {
    expect(paragraph(bavaria, "objection")).toBe(
      "hiermit widerspreche ich gemäß Art. 21 Abs. 1 DSGVO der Verarbeitung meiner personenbezogenen Daten, die Sie seit dem 3. November 2025 auf Grundlage Ihrer berechtigten Interessen (Art. 6 Abs. 1 lit. f DSGVO) für das Training, die Feinabstimmung (Fine-Tuning), die Evaluierung und die Verbesserung von Modellen generativer künstlicher Intelligenz vornehmen.",
    );
    expect(paragraph(bavaria, "grounds")).toContain(
      "Ich erhebe diesen Widerspruch aus Gründen, die sich aus meiner besonderen Situation ergeben.",
    );
  });

  it("quotes Art. 21 Abs. 1 and Art. 12 Abs. 3 and 4 DSGVO in their official German wording", () => {
    expect(paragraph(bavaria, "compelling-grounds")).toContain(COMPELLING);
    expect(paragraph(bavaria, "compelling-grounds")).toContain("Stellungnahme 28/2024");
    expect(paragraph(bavaria, "response-deadline")).toBe(
      `Bitte informieren Sie mich schriftlich über die auf diesen Antrag hin ergriffenen Maßnahmen, und zwar ${DEADLINE} (Art. 12 Abs. 3 DSGVO). Sollten Sie auf meinen Antrag hin nicht tätig werden, unterrichten Sie mich bitte innerhalb derselben Frist über die Gründe hierfür und über die Möglichkeit, bei einer Aufsichtsbehörde Beschwerde einzulegen oder einen gerichtlichen Rechtsbehelf einzulegen (Art. 12 Abs. 4 DSGVO).`,
    );
  });

  it("cites every article in the German form", () => {
    const text = body(bavaria);
    for (const citation of [
      "(Art. 7 Abs. 3 DSGVO)",
      "(Art. 13 Abs. 1 lit. d und Art. 14 Abs. 2 lit. b DSGVO)",
      "(Art. 17 Abs. 1 lit. c DSGVO)",
      "(Art. 18 Abs. 1 lit. d DSGVO)",
      "(Art. 18 Abs. 3 DSGVO)",
      "(Art. 19 DSGVO)",
      "Gemäß Art. 15 Abs. 1 DSGVO",
      "(Art. 12 Abs. 2 DSGVO)",
      "Nach Art. 12 Abs. 6 DSGVO",
      "Leitlinien 01/2022",
      "(Art. 5 Abs. 1 lit. b DSGVO)",
      "(Art. 77 DSGVO)",
      "(Art. 79 DSGVO)",
    ])
      expect(text).toContain(citation);
    expect(text).not.toMatch(/Art\. \d+\(\d\)|Article|GDPR|Abs\. \d+ Buchst/);
  });

  it("names the BayLDA for a person in Bavaria, and the DPC as lead authority", () => {
    expect(paragraph(bavaria, "complaint")).toBe(
      `Erhalte ich innerhalb dieser Frist keine zufriedenstellende Antwort, behalte ich mir vor, bei der Aufsichtsbehörde meines Bundeslandes – Bayerisches Landesamt für Datenschutzaufsicht – oder bei Ihrer federführenden Aufsichtsbehörde – ${LEAD} – Beschwerde einzulegen (Art. 77 DSGVO) und den Rechtsweg zu beschreiten (Art. 79 DSGVO).`,
    );
  });

  it.each([
    ["NW", "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen"],
    ["BW", "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg"],
  ])("names the authority of the Land %s as published, between dashes", (land, name) => {
    expect(paragraph(letter({ land }), "complaint")).toContain(
      `bei der Aufsichtsbehörde meines Bundeslandes – ${name} – oder bei Ihrer federführenden Aufsichtsbehörde`,
    );
  });

  it("without a Land, names a supervisory authority in Germany, that of the person's Land, and never the BfDI", () => {
    const model = letter();
    expect(paragraph(model, "complaint")).toContain(
      `behalte ich mir vor, bei einer Aufsichtsbehörde in Deutschland (der Aufsichtsbehörde meines Bundeslandes) oder bei Ihrer federführenden Aufsichtsbehörde – ${LEAD} – Beschwerde einzulegen (Art. 77 DSGVO)`,
    );
    expect(body(model)).not.toMatch(/Bundesbeauftragte|BfDI/);
  });

  it("keeps the ß of standard German and quotes with „…“", () => {
    const text = body(letter({ situationText: "Ich bin Fotografin." }));
    expect(text).toContain("hiermit widerspreche ich gemäß Art. 21 Abs. 1 DSGVO");
    expect(text).toContain("ergriffenen Maßnahmen");
    expect(text).toContain(
      "ob die Einstellung „Daten zur Verbesserung generativer KI“ in meinem Konto aktiviert ist.",
    );
    expect(text).toContain("Weitere Angaben: „Ich bin Fotografin.“");
    expect(text).not.toMatch(/[«»]|gemäss|Massnahmen/);
  });

  it("keeps citations, dates and the dashes around an authority's name together on a line", () => {
    const objection = bavaria.paragraphs.find((p) => p.id === "objection")?.text ?? "";
    expect(objection).toContain("gemäß Art.\u00a021 Abs.\u00a01 DSGVO");
    expect(objection).toContain("(Art.\u00a06 Abs.\u00a01 lit.\u00a0f DSGVO)");
    expect(objection).toContain("seit dem 3.\u00a0November 2025");
    const complaint = bavaria.paragraphs.find((p) => p.id === "complaint")?.text ?? "";
    expect(complaint).toContain("–\u00a0Bayerisches Landesamt für Datenschutzaufsicht\u00a0–");
    expect(bavaria.subject).toContain("(Art.\u00a021 DSGVO)");
    // The text for LinkedIn's form is not typeset.
    expect(toShortText(bavaria)).not.toContain("\u00a0");
  });

  it("has an ASCII file name", () => {
    expect(letterFileName(bavaria)).toBe("widerspruch-linkedin-ki-2026-11-29-li-ai-2026-7k3qxm.pdf");
  });

  it("writes German dates", () => {
    expect(de.formatDate("2026-01-01")).toBe("1. Januar 2026");
    expect(de.formatDate("2026-03-09")).toBe("9. März 2026");
    expect(de.placeAndDate(null, "29. November 2026")).toBe("29. November 2026");
  });
});

describe("a German letter for Austria", () => {
  it("names the Österreichische Datenschutzbehörde and the lead authority", () => {
    const model = letter({ country: "AT", place: "Wien" });
    expect(model.placeAndDate).toBe("Wien, 29. November 2026");
    expect(model.recipient.name).toBe("LinkedIn Ireland Unlimited Company");
    expect(paragraph(model, "complaint")).toContain(
      `bei der Aufsichtsbehörde meines Wohnsitzstaates – Österreichische Datenschutzbehörde – oder bei Ihrer federführenden Aufsichtsbehörde – ${LEAD} – Beschwerde einzulegen (Art. 77 DSGVO)`,
    );
    expect(model.closing).toBe("Mit freundlichen Grüßen");
  });

  it("names the Irish DPC once for a resident of Ireland", () => {
    expect(paragraph(letter({ country: "IE" }), "complaint")).toContain(
      `bei der Aufsichtsbehörde meines Wohnsitzstaates – ${LEAD} – Beschwerde einzulegen (Art. 77 DSGVO) und den Rechtsweg zu beschreiten`,
    );
  });
});

describe("a German letter for Switzerland", () => {
  const guardian = { firstName: "Anna", lastName: "Strauß" };
  const swiss = letter({
    country: "CH",
    place: "Zürich",
    age: "under-16",
    guardian,
    situations: [...SITUATIONS],
    situationText: "Mein Grossvater heisst Weiß.",
  });

  it("is the Swiss variant of the German catalogue, with guillemets", () => {
    expect(letterCatalog("de", "ch-fadp")).toBe(deCH);
    expect(letterCatalog("de", "eu-gdpr")).toBe(de);
    expect(typography("de", "ch-fadp").quotes).toEqual(["«", "»"]);
    expect(typography("de").quotes).toEqual(["„", "“"]);
    expect(swiss.placeAndDate).toBe("Zürich, 29. November 2026");
    expect(swiss.closing).toBe("Freundliche Grüsse");
  });

  it("cites the DSG in the Swiss form and states the express prohibition", () => {
    const text = paragraph(swiss, "swiss-prohibition");
    expect(text).toContain(
      "Das Bearbeiten von Personendaten entgegen meiner ausdrücklichen Willenserklärung ist eine Verletzung meiner Persönlichkeit (Art. 30 Abs. 2 lit. b DSG).",
    );
    expect(text).toContain(
      "greift der Grundsatz, dass in der Regel keine Persönlichkeitsverletzung vorliegt, wenn die betroffene Person die Personendaten allgemein zugänglich gemacht hat (Art. 30 Abs. 3 DSG), für diese Bearbeitung nicht",
    );
    expect(text).toContain("widerrechtlich, wenn sie nicht gerechtfertigt ist (Art. 31 Abs. 1 DSG)");
    expect(text).toContain("denn die Bearbeitung wirkt sich in der Schweiz aus (Art. 3 Abs. 1 DSG)");
    expect(text).toContain(
      "Ich behalte mir die Ansprüche nach Art. 32 Abs. 2 DSG vor, insbesondere dass diese Bearbeitung verboten wird (lit. a), dass die Bekanntgabe meiner Daten an Dritte untersagt wird (lit. b) und dass die Daten gelöscht werden (lit. c).",
    );
    expect(spaces(swiss.subject)).toContain("(Art. 21 DSGVO und Art. 30 DSG)");
  });

  it("reserves a report to the EDÖB, a complaint to the lead authority and the DSG claims", () => {
    expect(paragraph(swiss, "complaint")).toBe(
      `Erhalte ich innerhalb dieser Frist keine zufriedenstellende Antwort, behalte ich mir vor, den Sachverhalt der Aufsichtsbehörde des Bundes – Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB) – zu melden, bei Ihrer federführenden Aufsichtsbehörde – ${LEAD} – Beschwerde einzulegen (Art. 77 DSGVO) und den Rechtsweg zu beschreiten (Art. 79 DSGVO), insbesondere mit den Ansprüchen nach Art. 32 Abs. 2 DSG.`,
    );
  });

  it("writes ss, never ß, except in what the person typed", () => {
    const full = spaces(toPlainText(swiss));
    const short = toShortText(swiss);
    for (const text of [full, short, swiss.subject, swiss.title]) {
      expect(text.replaceAll("Strauß", "").replaceAll("Weiß", "")).not.toMatch(/[ßẞ]/);
    }
    expect(full).toContain(
      "gemeinsam mit meiner gesetzlichen Vertretung, Anna Strauß, die dieses Schreiben mitunterzeichnet.",
    );
    expect(full).toContain("«Mein Grossvater heisst Weiß.»");
    expect(full).toContain("Hiermit widerspreche ich gemäss Art. 21 Abs. 1 DSGVO");
    // Swiss letters: no comma after the salutation, a capital after it.
    expect(swiss.salutation).toBe("Sehr geehrte Damen und Herren");
    expect(full).toContain("ergriffenen Massnahmen");
    expect(full).toContain("weder erforderlich noch verhältnismässig");
    expect(full).toContain(
      "«insbesondere dann, wenn es sich bei der betroffenen Person um ein Kind handelt»",
    );
    expect(short).toContain("meine gesetzliche Vertretung, Anna Strauß, schliesst sich an.");
    expect(swiss.signatures.map((s) => [s.signer, s.role])).toEqual([
      ["Zoë Łukasiewicz-Ørsted", undefined],
      ["Anna Strauß", "Gesetzliche Vertretung"],
    ]);
  });

  it("keeps a place typed with ß", () => {
    expect(letter({ country: "CH", place: "Weißenbach" }).placeAndDate).toBe("Weißenbach, 29. November 2026");
  });

  it("converts every string of the catalogue", () => {
    const strings = [
      deCH.salutation,
      deCH.closing,
      deCH.short.groundsIntro,
      ...Object.values(deCH.labels),
      ...Object.values(deCH.categories),
      ...Object.values(deCH.short.situations),
    ];
    for (const text of strings) expect(text).not.toMatch(/ß/);
    expect(deCH.short.status({ ...swissContext, guardianName: "Anna Strauß" })).toBe(
      "Ich bin unter 16; meine gesetzliche Vertretung, Anna Strauß, schliesst sich an.",
    );
  });
});

const swissContext = {
  regime: "ch-fadp",
  account: "member",
  age: "under-16",
  school: false,
  guardianName: null,
  authorityName: null,
  authorityScope: "country",
  leadAuthorityName: null,
  hasEmail: true,
  hasPostalAddress: false,
  mentions: 0,
} as const;

describe("a German letter for a member in the United Kingdom", () => {
  const uk = letter({ country: "GB", place: "London" });

  it("goes to LinkedIn Corporation under the UK GDPR", () => {
    expect(uk.recipient.name).toBe("LinkedIn Corporation");
    expect(uk.recipient.lines).toEqual([
      "z. Hd. des Datenschutzbeauftragten",
      "1000 W Maude Avenue",
      "Sunnyvale, CA",
      "USA",
    ]);
    expect(paragraph(uk, "objection")).toContain("hiermit widerspreche ich gemäß Art. 21 Abs. 1 UK GDPR");
    expect(paragraph(uk, "objection")).toContain("(Art. 6 Abs. 1 lit. f UK GDPR)");
    expect(paragraph(uk, "uk-law")).toContain(
      "obwohl die LinkedIn Corporation außerhalb des Vereinigten Königreichs niedergelassen ist",
    );
    expect(paragraph(uk, "uk-law")).toContain("(Art. 3 Abs. 2 UK GDPR)");
    expect(paragraph(uk, "compelling-grounds")).toContain(COMPELLING);
    expect(body(uk)).not.toMatch(/DSGVO|Art\. 77|Stellungnahme 28\/2024/);
  });

  it("objects to the sharing with Microsoft and is a complaint under Section 164A", () => {
    expect(paragraph(uk, "uk-microsoft")).toContain(
      "Ferner widerspreche ich gemäß Art. 21 Abs. 1 UK GDPR der Offenlegung meiner personenbezogenen Daten gegenüber Ihrer Muttergesellschaft Microsoft",
    );
    expect(paragraph(uk, "uk-complaint")).toBe(
      "Dieses Schreiben ist zugleich eine an Sie als Verantwortlichen gerichtete Beschwerde gemäß Section 164A des Data Protection Act 2018 über die oben beschriebene Verarbeitung. Bitte bestätigen Sie den Eingang dieser Beschwerde innerhalb von 30 Tagen nach Erhalt, ergreifen Sie unverzüglich geeignete Maßnahmen, um sie zu beantworten, und teilen Sie mir das Ergebnis mit.",
    );
    expect(spaces(uk.subject)).toContain("(Art. 21 UK GDPR; Beschwerde gemäß Section 164A DPA 2018)");
    expect(paragraph(uk, "response-deadline")).toContain(`${DEADLINE} (Art. 12 Abs. 3 und Art. 12A UK GDPR)`);
    expect(paragraph(uk, "complaint")).toBe(
      "Erhalte ich innerhalb dieser Frist keine zufriedenstellende Antwort, behalte ich mir vor, mich beim Information Commissioner (ICO) zu beschweren und den Rechtsweg zu beschreiten (Art. 79 UK GDPR).",
    );
  });
});

describe("German letters for minors", () => {
  it("an under-16 objects with the legal representative, who co-signs", () => {
    const model = letter({ age: "under-16", guardian: { firstName: "Anna", lastName: "Strauß" } });
    expect(paragraph(model, "status-under-16")).toBe(
      "Ich bin noch keine 16 Jahre alt; Ihre Nutzervereinbarung setzt für die Nutzung von LinkedIn ein Mindestalter von 16 Jahren voraus. Ich erhebe diesen Widerspruch gemeinsam mit meiner gesetzlichen Vertretung, Anna Strauß, die dieses Schreiben mitunterzeichnet.",
    );
    expect(model.signatures[1]).toMatchObject({ signer: "Anna Strauß", role: "Gesetzliche Vertretung" });
    expect(toShortText(model)).toContain(
      "Ich bin unter 16; meine gesetzliche Vertretung, Anna Strauß, schließt sich an.",
    );
  });

  it("a 16- or 17-year-old is under 18, a child in the words of Art. 6 Abs. 1 lit. f and Erwägungsgrund 38", () => {
    const model = letter({ age: "16-17" });
    expect(paragraph(model, "status-possible-minor")).toBe("Ich bin noch nicht 18 Jahre alt.");
    expect(paragraph(model, "minor-exclusion")).toContain(
      "vermerken Sie diese Angabe zu meinem Alter, damit der Ausschluss angewandt wird",
    );
    expect(paragraph(model, "minor-exclusion")).toContain(
      "und halten Sie diesen Widerspruch auch nach Vollendung meines 18. Lebensjahres aufrecht.",
    );
    expect(paragraph(model, "child-protection")).toBe(
      "Ihre berechtigten Interessen können nicht Vorrang haben, wenn die Interessen oder Grundrechte und Grundfreiheiten der betroffenen Person überwiegen, „insbesondere dann, wenn es sich bei der betroffenen Person um ein Kind handelt“ (Art. 6 Abs. 1 lit. f DSGVO). Kinder verdienen bei ihren personenbezogenen Daten besonderen Schutz (Erwägungsgrund 38 DSGVO).",
    );
    expect(body(model)).not.toMatch(/16 oder 17|16- oder 17/);
    expect(toShortText(model)).toContain("Ich bin noch nicht 18 Jahre alt.");
  });

  it("an adult in secondary school gets the exclusion but is never called a child", () => {
    const model = letter({ school: true });
    expect(paragraph(model, "status-possible-minor")).toBe("Ich besuche eine Schule der Sekundarstufe.");
    expect(paragraph(model, "minor-exclusion")).toContain("vermerken Sie diese Angabe zu meinem Schulbesuch");
    expect(paragraph(model, "minor-exclusion")).toContain(
      "und halten Sie diesen Widerspruch aufrecht, gleich was Sie später über mein Alter annehmen.",
    );
    expect(body(model)).not.toMatch(/Kind|Erwägungsgrund 38|Lebensjahres/);
  });
});

describe("German letters for non-members and former members", () => {
  const mentions = ["https://www.linkedin.com/posts/camille-durand_activity-7123456789012345678-AbCd"];

  it("a non-member names the pages that mention them and the postal reply channel, never an account", () => {
    const model = letter({
      account: "non-member",
      email: undefined,
      postalAddress: { lines: ["Hauptstraße 5"], postalCode: "10115", city: "Berlin" },
      mentions,
    });
    expect(model.sender.lines).toEqual(["Hauptstraße 5", "10115 Berlin", "Deutschland"]);
    expect(model.placeAndDate).toBe("Berlin, 29. November 2026");
    expect(paragraph(model, "data-categories")).toContain(
      "Da ich kein LinkedIn-Konto habe, erstreckt sich dieser Widerspruch auf alle mich betreffenden personenbezogenen Daten",
    );
    expect(paragraph(model, "status-non-member")).toBe(
      "Das Widerspruchsrecht steht jeder betroffenen Person zu, ob Mitglied oder nicht: Ihr Formular für Widersprüche gegen die Datenverarbeitung (Data Processing Objection Form) steht selbst Nichtmitgliedern offen. Die folgenden Seiten auf LinkedIn erwähnen mich:",
    );
    expect(model.paragraphs.find((p) => p.id === "status-non-member")?.identifiers).toEqual(mentions);
    expect(paragraph(model, "scope")).toContain(
      "Anhand meines Namens, meiner oben angegebenen Kontaktdaten und der oben aufgeführten Seiten können Sie die mich betreffenden Daten finden und mir unter der oben angegebenen Postanschrift antworten.",
    );
    expect(body(model)).not.toMatch(/Einstellung|meines Kontos|mein(em)? Profil|Ausweis/);
    expect(toShortText(model)).toContain("Ich habe kein LinkedIn-Konto.");
  });

  it("a non-member who gives an e-mail is answered there", () => {
    const model = letter({ account: "non-member" });
    expect(model.sender.identifiers).toEqual(["E-Mail: zoe@example.org"]);
    expect(paragraph(model, "scope")).toContain("mir unter der oben angegebenen E-Mail-Adresse antworten.");
  });

  it("a former member writes about the former account and asks for erasure under Art. 17 Abs. 1 lit. a", () => {
    const model = letter({ account: "former-member" });
    expect(model.sender.identifiers).toEqual(["E-Mail meines früheren Kontos: zoe@example.org"]);
    expect(paragraph(model, "status-former-member")).toContain(
      "sind für die Zwecke, für die sie erhoben wurden, nicht mehr notwendig: Ich fordere Sie auf, sie zu löschen (Art. 17 Abs. 1 lit. a DSGVO).",
    );
    expect(paragraph(model, "scope")).toContain(
      "indem Sie mir an die oben angegebene E-Mail-Adresse meines früheren Kontos schreiben.",
    );
    expect(toShortText(model)).toContain("Ich war früher Mitglied.");
  });
});

describe("special categories in German", () => {
  it("rebuts “offensichtlich öffentlich gemacht” with C-252/21 and asks for erasure under Art. 17 Abs. 1 lit. d", () => {
    const text = paragraph(letter({ situations: ["special-category"] }), "special-category");
    expect(text).toContain("nach Art. 9 Abs. 1 DSGVO");
    expect(text).toContain(
      "Ich habe diese Daten auch nicht offensichtlich öffentlich gemacht (Art. 9 Abs. 2 lit. e DSGVO)",
    );
    expect(text).toContain("(C-252/21, 4. Juli 2023)");
    expect(text).toContain(
      "vorbehaltlos aus Ihren Datensätzen und Modellen zu löschen (Art. 17 Abs. 1 lit. d DSGVO)",
    );
  });
});

/** Every persona the questionnaire can produce, in German, against the English letter for the same answers. */
const personas = ["DE", "AT", "CH", "GB", "IE"].flatMap((country) =>
  AGE_BANDS.flatMap((age) =>
    ACCOUNT_TYPES.filter((account) => account !== "organization").map((account) => ({
      country,
      age,
      account,
    })),
  ),
);

const citedNumber = (ref: string) =>
  /(?:Art\.|Recital|Opinion|Guidelines|s\.) ([\dA-Z/]+)/.exec(ref)?.[1] ?? /C-\d+\/\d+/.exec(ref)?.[0] ?? ref;

describe("every German persona", () => {
  it.each(personas)(
    "$country $age $account: same paragraphs and references as in English, cited in the text, no nested parentheses",
    ({ country, age, account }) => {
      const answers: Partial<TLetterRequestInput> = {
        country,
        age,
        account,
        school: age === "18-plus",
        situations: [...SITUATIONS],
        situationText: "Meine eigenen Worte.",
        guardian: age === "under-16" ? { firstName: "Anna", lastName: "Strauß" } : undefined,
        mentions:
          account === "non-member" ? ["https://www.linkedin.com/posts/someone_activity-1"] : undefined,
      };
      const german = letter(answers);
      const english = letter({ ...answers, letterLocale: "en" });
      const shape = (m: LetterModel) =>
        m.paragraphs.map((p) => ({
          id: p.id,
          refs: p.refs,
          items: p.items?.length ?? 0,
          identifiers: p.identifiers,
        }));
      expect(shape(german)).toEqual(shape(english));
      const text = toPlainText(german);
      expect(text).not.toMatch(/\u2105|16 oder 17|undefined|null/);
      for (const p of german.paragraphs) {
        for (const ref of p.refs) expect(p.text, `${p.id} ${ref}`).toContain(citedNumber(ref));
        let depth = 0;
        for (const char of p.text) {
          if (char === "(") depth += 1;
          if (char === ")") depth -= 1;
          expect(depth, `${p.id}: ${p.text}`).toBeLessThanOrEqual(1);
        }
        expect(depth, p.id).toBe(0);
      }
      const short = toShortText(german);
      expect(short.length).toBeLessThanOrEqual(SHORT_TEXT_MAX);
      expect(short).toContain("LI-AI-2026-7K3QXM");
    },
  );
});

describe("the German short text for LinkedIn's form", () => {
  it.each(["DE", "AT", "CH", "GB"])(
    "stays within the limit in %s with every situation and 2,000 characters of own words",
    (country) => {
      const text = toShortText(
        letter({ country, situations: [...SITUATIONS], situationText: "Wort ".repeat(400).trim() }),
      );
      expect(text.length).toBeLessThanOrEqual(SHORT_TEXT_MAX);
      expect(text).toContain("Art. 21 Abs. 1");
      expect(text.endsWith("Referenz: LI-AI-2026-7K3QXM. Zoë Łukasiewicz-Ørsted, zoe@example.org")).toBe(
        true,
      );
    },
  );

  it.each(["CH", "GB"])(
    "keeps the reference and who objects whole for an under-16 in %s with a guardian",
    (country) => {
      const text = toShortText(
        letter({
          country,
          age: "under-16",
          guardian: { firstName: "Anna", lastName: "Strauß" },
          email: "zoe.lukasiewicz-orsted@example.org",
          situations: ["journalist"],
        }),
      );
      expect(text.length).toBeLessThanOrEqual(SHORT_TEXT_MAX);
      expect(
        text.endsWith(
          "Referenz: LI-AI-2026-7K3QXM. Zoë Łukasiewicz-Ørsted, zoe.lukasiewicz-orsted@example.org",
        ),
      ).toBe(true);
    },
  );

  it("lists the situations with the German wording and quotes the person's words", () => {
    const text = toShortText(
      letter({ situations: ["journalist", "job-seeker"], situationText: "Ich bin Fotografin." }),
    );
    expect(text).toContain(
      "Meine Situation: ich bin journalistisch tätig (Quellenschutz); ich bin auf Arbeitssuche.",
    );
    expect(text).toContain("„Ich bin Fotografin.“");
    expect(text).toContain("antworten Sie binnen eines Monats schriftlich (Art. 12 Abs. 3).");
  });
});
