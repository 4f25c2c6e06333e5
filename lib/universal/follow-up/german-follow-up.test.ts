import { describe, expect, it } from "vitest";
import { letterCatalog } from "@/lib/universal/letter/catalog";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { buildFollowUp } from "./build-follow-up";
import { followUpCatalog } from "./catalog";
import { de, deCH } from "./catalog/de";
import { GERMAN_LANDS } from "./german-lands";
import { REPLY_CASES, type FollowUpKind, type FollowUpModel, type ReplyCase } from "./model";
import { followUpFileName, followUpPlainText } from "./plain-text";
import { ZFollowUpRequest, type TFollowUpRequestInput } from "./schema";

const REFERENCE = "LI-AI-2026-7K3QXM";

function build(change: Partial<TFollowUpRequestInput> = {}): FollowUpModel {
  const parsed = ZFollowUpRequest.parse({
    letterLocale: "de",
    country: "DE",
    age: "18-plus",
    account: "member",
    firstName: "Jörg",
    lastName: "Strauß",
    email: "joerg@example.org",
    kind: "reminder",
    original: { reference: REFERENCE, sentOn: "2026-07-01", channel: "form" },
    date: "2026-08-20",
    ...change,
  });
  return buildFollowUp(parsed, assessEligibility(parsed), { today: "2026-08-20" });
}

/** Dates are written by the letter catalogue of the same language and country. */
const date = (iso: string, swiss = false) =>
  letterCatalog("de", swiss ? "ch-fadp" : "eu-gdpr").formatDate(iso);

const paragraph = (model: FollowUpModel, id: string) =>
  model.paragraphs.find((p) => p.id === id)?.text ?? `(no paragraph ${id})`;

/** Everything the catalogue itself writes (not the sender block and signatures, which carry the names). */
const ownWording = (model: FollowUpModel) =>
  [
    model.subject,
    model.title,
    model.salutation,
    model.closing,
    model.short,
    ...model.paragraphs.flatMap((p) => [p.text, ...(p.items ?? [])]),
  ].join("\n");

const CASES: Array<[FollowUpKind, ReplyCase]> = [
  ["reminder", "none"],
  ["reminder", "extension"],
  ...REPLY_CASES.filter((reply) => reply !== "none").map((reply): [FollowUpKind, ReplyCase] => [
    "reply",
    reply,
  ]),
  ...REPLY_CASES.map((reply): [FollowUpKind, ReplyCase] => ["complaint", reply]),
];

describe("German follow-ups", () => {
  it.each(CASES)(
    "a %s after %s has the English paragraphs and references, a short text ≤ 1,000",
    (kind, reply) => {
      const replyOn = reply === "none" ? undefined : "2026-07-20";
      for (const [country, land] of [["DE", "DE-NW"], ["DE", undefined], ["AT"], ["CH"], ["GB"], ["LI"]]) {
        const german = build({ kind, reply, replyOn, country, land });
        const english = build({ kind, reply, replyOn, country, land, letterLocale: "en" });
        expect(german.paragraphs.map((p) => [p.id, p.refs])).toEqual(
          english.paragraphs.map((p) => [p.id, p.refs]),
        );
        expect(german.paragraphs.find((p) => p.id === "evidence")?.items?.length).toBe(
          english.paragraphs.find((p) => p.id === "evidence")?.items?.length,
        );
        expect(german.short.length).toBeLessThanOrEqual(1000);
        expect(german.short).toContain(REFERENCE);
        expect(german.short.endsWith("…")).toBe(false);
        expect(ownWording(german)).not.toMatch(/undefined|null|\$\{|NaN|Article|GDPR Art/);
        // German citation form only: "Art. 21 Abs. 1 DSGVO", never "Art. 21(1)".
        expect(ownWording(german)).not.toMatch(/Art\. \d+[A-Z]?\(/);
        expect(followUpFileName(german)).toMatch(/^[a-z0-9-]+\.pdf$/);
      }
    },
  );

  it("writes the long date with the weekday", () => {
    expect(de.formatLongDate("2027-01-04")).toBe("Montag, 4. Januar 2027");
    expect(deCH.formatLongDate("2026-11-29")).toBe("Sonntag, 29. November 2026");
  });

  it("Germany without a Land: a reminder quoting Art. 12 Abs. 3, the authority of my Land, no link", () => {
    const model = build();
    expect(model.recipient.name).toBe("LinkedIn Ireland Unlimited Company");
    expect(model.subject).toBe(
      `Erinnerung an meinen unbeantworteten Widerspruch ${REFERENCE} gegen das Training generativer KI (Art. 12 Abs. 3 DSGVO)`,
    );
    expect(model.salutation).toBe("Sehr geehrte Damen und Herren,");
    expect(model.closing).toBe("Mit freundlichen Grüßen");
    // DIN 5008: after the comma of the salutation, the letter goes on in lower case.
    expect(paragraph(model, "recap")).toBe(
      `am ${date("2026-07-01")} habe ich Ihnen über Ihr Formular für Widersprüche gegen die Datenverarbeitung meinen Widerspruch gemäß Art. 21 Abs. 1 DSGVO gegen die Verarbeitung meiner personenbezogenen Daten für das Training von Modellen generativer künstlicher Intelligenz übermittelt (Referenz ${REFERENCE}). Sie haben ihn am ${date("2026-07-01")} erhalten.`,
    );
    // Received 1 July 2026: 1 August is a Saturday and 3 August an Irish bank holiday.
    expect(paragraph(model, "no-answer")).toContain(
      `Nach Art. 12 Abs. 3 DSGVO hatten Sie mir Informationen über die auf meinen Antrag hin ergriffenen Maßnahmen unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang des Antrags, also spätestens am ${date("2026-08-04")}, zur Verfügung zu stellen oder mich innerhalb derselben Frist über die Gründe zu unterrichten, aus denen Sie nicht tätig werden (Art. 12 Abs. 4 DSGVO).`,
    );
    expect(paragraph(model, "restriction")).toContain("Einschränkung der Verarbeitung");
    expect(paragraph(model, "restriction")).toContain("(Art. 18 Abs. 1 lit. d DSGVO)");
    expect(paragraph(model, "answer-by")).toBe(
      `Ich bitte Sie, mir spätestens bis zum ${date("2026-09-03")} vollständig zu antworten. Erhalte ich bis dahin keine zufriedenstellende Antwort, werde ich bei der Datenschutzaufsichtsbehörde meines Bundeslandes Beschwerde einlegen.`,
    );
    expect(followUpFileName(model)).toBe(
      `erinnerung-widerspruch-linkedin-ki-2026-08-20-li-ai-2026-7k3qxm.pdf`,
    );

    const complaint = build({ kind: "complaint" });
    expect(complaint.addressee).toEqual({
      name: "Eine Datenschutzaufsichtsbehörde in Deutschland (die Aufsichtsbehörde meines Bundeslandes)",
    });
    expect(complaint.recipient.name).toBe(complaint.addressee.name);
  });

  it("Germany with a Land: a complaint under Art. 77 to the Land's authority, with its link and the evidence", () => {
    const model = build({ kind: "complaint", land: "DE-BY", reply: "setting-only", replyOn: "2026-07-10" });
    expect(model.addressee).toEqual({
      name: "Bayerisches Landesamt für Datenschutzaufsicht",
      url: "https://www.lda.bayern.de/de/beschwerde.html",
    });
    expect(model.subject).toBe(
      `Beschwerde gegen LinkedIn Ireland Unlimited Company: mein Widerspruch ${REFERENCE} (Art. 21 DSGVO)`,
    );
    expect(paragraph(model, "complaint-intro")).toBe(
      "hiermit lege ich Beschwerde gegen LinkedIn Ireland Unlimited Company (Wilton Place, Dublin 2, Irland) ein, die meine personenbezogenen Daten für das Training ihrer Modelle generativer künstlicher Intelligenz verarbeitet und mein Widerspruchsrecht (Art. 21 Abs. 1 DSGVO) nicht beachtet. Ich lege die Beschwerde gemäß Art. 77 DSGVO ein.",
    );
    expect(paragraph(model, "happened-setting-only")).toContain(
      "die Einstellung „Daten zur Verbesserung generativer KI“ sei für mein Konto deaktiviert worden",
    );
    expect(paragraph(model, "complaint-lead")).toBe(
      "Federführende Aufsichtsbehörde für LinkedIn ist die Irische Datenschutzkommission, Data Protection Commission (Art. 56 DSGVO); ich bitte Sie, diese Beschwerde, soweit erforderlich, in Zusammenarbeit mit ihr zu bearbeiten.",
    );
    expect(paragraph(model, "complaint-requests")).toBe(
      "Ich bitte Sie, diese Beschwerde zu prüfen, LinkedIn anzuweisen, meinem Widerspruch zu entsprechen (Art. 58 Abs. 2 lit. c DSGVO), und mich über den Stand und die Ergebnisse der Beschwerde zu unterrichten (Art. 77 Abs. 2 DSGVO).",
    );
    expect(paragraph(model, "evidence")).toBe("Als Anlagen füge ich bei:");
    expect(model.paragraphs.find((p) => p.id === "evidence")?.items).toEqual([
      `mein Widerspruchsschreiben vom ${date("2026-07-01")} (Referenz ${REFERENCE});`,
      "die Bestätigung des Widerspruchsformulars (Bildschirmfoto oder Bestätigungs-E-Mail);",
      `die Antwort von LinkedIn vom ${date("2026-07-10")};`,
      "meine Erinnerung, sofern ich sie versandt habe, und den weiteren Schriftverkehr.",
    ]);
    expect(model.short).toContain("Ich lege Beschwerde gegen LinkedIn Ireland Unlimited Company ein.");
    expect(followUpFileName(model)).toBe("beschwerde-linkedin-ki-2026-08-20-li-ai-2026-7k3qxm.pdf");

    const hesse = build({ kind: "reminder", land: "DE-HE" });
    expect(paragraph(hesse, "answer-by")).toContain(
      "werde ich bei der Aufsichtsbehörde (Der Hessische Beauftragte für Datenschutz und Informationsfreiheit) Beschwerde einlegen.",
    );
  });

  it("names every Land's authority in German where the data has none", () => {
    expect(de.authorities.germanLand("BY")).toBe("Datenschutzaufsichtsbehörde des Freistaates Bayern");
    expect(de.authorities.germanLand("HH")).toBe(
      "Datenschutzaufsichtsbehörde der Freien und Hansestadt Hamburg",
    );
    const names = GERMAN_LANDS.map((land) => de.authorities.germanLand(land));
    expect(new Set(names).size).toBe(GERMAN_LANDS.length);
    for (const name of names) expect(name).toMatch(/^Datenschutzaufsichtsbehörde (des|der) [A-ZÄÖÜ]/);
  });

  it("each reply answers LinkedIn's answer with the Regulation's own terms", () => {
    const reply = (kind: ReplyCase, change: Partial<TFollowUpRequestInput> = {}) =>
      build({ kind: "reply", reply: kind, replyOn: "2026-07-20", ...change });

    const setting = reply("setting-only");
    expect(setting.subject).toBe(`Ihre Antwort auf meinen Widerspruch ${REFERENCE} (Art. 21 DSGVO)`);
    expect(paragraph(setting, "reply-setting-only")).toContain(
      "Mein Widerspruch gemäß Art. 21 Abs. 1 DSGVO erfasst jede Verarbeitung meiner Daten zu diesen Zwecken",
    );
    expect(paragraph(setting, "requests-access")).toContain("(Art. 15 Abs. 1 und Art. 19 Satz 2 DSGVO)");
    expect(paragraph(setting, "requests-erasure")).toBe(
      "Sofern Sie keine vorrangigen berechtigten Gründe nachweisen, bitte ich Sie, die bereits zu diesen Zwecken verwendeten Daten zu löschen, die daraus erstellten Datensätze und Modelle nicht weiter zu verwenden (Art. 17 Abs. 1 lit. c DSGVO) und die Empfänger darüber zu unterrichten (Art. 19 DSGVO).",
    );

    const form = reply("use-the-form");
    expect(paragraph(form, "reply-use-the-form")).toContain(
      "Sie haben mir die Ausübung meiner Rechte zu erleichtern (Art. 12 Abs. 2 DSGVO), und der Europäische Datenschutzausschuss stellt klar",
    );
    expect(paragraph(form, "reply-use-the-form")).toContain(
      `endet am ${date("2026-08-04")} (Art. 12 Abs. 3 DSGVO)`,
    );

    const identity = reply("identity-document");
    expect(paragraph(identity, "reply-identity-document")).toContain(
      "wenn Sie begründete Zweifel an meiner Identität haben, und nur solche, die zur Bestätigung meiner Identität erforderlich sind (Art. 12 Abs. 6 DSGVO)",
    );
    expect(paragraph(identity, "reply-identity-document")).toContain(
      "Eine ungerechtfertigte Anforderung hemmt die Monatsfrist nicht.",
    );
    const nonMember = reply("identity-document", {
      account: "non-member",
      email: undefined,
      postalAddress: { lines: ["Hauptstraße 3"], postalCode: "1010", city: "Wien", country: "AT" },
      country: "AT",
    });
    expect(paragraph(nonMember, "reply-identity-document")).toContain(
      "Mein Schreiben nennt die Kontaktdaten, unter denen Sie mich erreichen",
    );
    expect(nonMember.short).toContain("über die Kontaktdaten in meinem Schreiben");

    const grounds = reply("compelling-grounds");
    expect(paragraph(grounds, "reply-compelling-grounds")).toContain(
      "Nach Art. 21 Abs. 1 DSGVO obliegt es Ihnen, zwingende schutzwürdige Gründe für die Verarbeitung nachzuweisen, die meine Interessen, Rechte und Freiheiten überwiegen",
    );
    expect(paragraph(grounds, "complaint-announced")).toBe(
      "Da Sie solche Gründe nicht nachgewiesen haben, teile ich Ihnen mit, dass ich bei der Datenschutzaufsichtsbehörde meines Bundeslandes Beschwerde einlegen werde.",
    );

    const inTime = reply("extension");
    expect(paragraph(inTime, "reply-extension-in-time")).toContain(
      "kann die Frist nur dann um weitere zwei Monate verlängert werden, wenn dies unter Berücksichtigung der Komplexität und der Anzahl von Anträgen erforderlich ist",
    );
    expect(paragraph(inTime, "reply-extension-in-time")).toContain(
      `dass Sie spätestens am ${date("2026-10-01")} antworten müssen`,
    );
    const late = reply("extension", { replyOn: "2026-08-10" });
    expect(paragraph(late, "reply-extension-late")).toContain(
      "Über eine Fristverlängerung ist innerhalb eines Monats nach Eingang des Antrags zu unterrichten, zusammen mit den Gründen für die Verzögerung (Art. 12 Abs. 3 DSGVO)",
    );
    expect(paragraph(late, "reply-extension-late")).toContain("Ihre Mitteilung kam zu spät");
  });

  it("each complaint says what LinkedIn did", () => {
    const expected: Record<ReplyCase, string> = {
      none: "LinkedIn hat weder geantwortet noch die Gründe genannt, aus denen es nicht tätig wird (Art. 12 Abs. 4 DSGVO), noch eine Fristverlängerung mitgeteilt.",
      "setting-only": "macht aber ein bereits erfolgtes Training nicht rückgängig",
      "use-the-form": "der Verantwortliche hat die Ausübung der Rechte zu erleichtern (Art. 12 Abs. 2 DSGVO)",
      "identity-document":
        "Eine solche Kopie ist zur Bestätigung meiner Identität nicht erforderlich (Art. 12 Abs. 6 DSGVO).",
      "compelling-grounds":
        "ohne Gründe nachzuweisen, die in meiner Situation meine Interessen, Rechte und Freiheiten überwiegen, wie es Art. 21 Abs. 1 DSGVO verlangt",
      extension: `Die verlängerte Frist ist am ${date("2026-10-01")} abgelaufen (Art. 12 Abs. 3 DSGVO)`,
    };
    for (const reply of REPLY_CASES) {
      const model = build({
        kind: "complaint",
        reply,
        replyOn: reply === "none" ? undefined : "2026-07-20",
        country: "AT",
      });
      expect(model.addressee.name).toBe("Österreichische Datenschutzbehörde");
      expect(paragraph(model, `happened-${reply}`)).toContain(expected[reply]);
    }
  });

  it("Austria: the national authority, in the German of Germany and Austria", () => {
    const model = build({ country: "AT" });
    expect(paragraph(model, "answer-by")).toContain(
      "werde ich bei der Aufsichtsbehörde (Österreichische Datenschutzbehörde) Beschwerde einlegen.",
    );
    expect(model.closing).toBe("Mit freundlichen Grüßen");
    expect(model.short).toContain("(Art. 12 Abs. 3 DSGVO); ich habe keine Antwort erhalten.");
  });

  it("Switzerland: ss for ß in its own wording, names kept, DSG and EDÖB, «…», Swiss salutation and closing", () => {
    expect(followUpCatalog("de", "ch-fadp")).toBe(deCH);
    for (const [kind, reply] of CASES) {
      const model = build({
        kind,
        reply,
        replyOn: reply === "none" ? undefined : "2026-07-20",
        country: "CH",
        place: "Rüschlikon",
      });
      expect(ownWording(model)).not.toMatch(/[ßẞ]/);
      expect(ownWording(model)).not.toContain("„");
      expect(model.salutation).toBe("Sehr geehrte Damen und Herren");
      expect(model.closing).toBe("Freundliche Grüsse");
      // Without a comma after the salutation, the first paragraph starts with a capital.
      expect(model.paragraphs[0]?.text).toMatch(/^[A-ZÄÖÜ]/);
      expect(followUpPlainText(model)).toContain("Jörg Strauß");
    }

    const reminder = build({ country: "CH" });
    expect(paragraph(reminder, "recap")).toContain("meinen Widerspruch gemäss Art. 21 Abs. 1 DSGVO");
    expect(paragraph(reminder, "no-answer")).toContain("ergriffenen Massnahmen unverzüglich");
    expect(paragraph(reminder, "answer-by")).toContain("werde ich beim EDÖB Anzeige erstatten.");

    const grounds = build({
      kind: "reply",
      reply: "compelling-grounds",
      replyOn: "2026-07-20",
      country: "CH",
    });
    expect(paragraph(grounds, "reply-compelling-grounds")).toContain(
      "Auch nach Schweizer Recht muss, wer sich auf einen Rechtfertigungsgrund beruft, diesen nachweisen (Art. 31 Abs. 1 DSG).",
    );

    const complaint = build({
      kind: "complaint",
      reply: "setting-only",
      replyOn: "2026-07-20",
      country: "CH",
    });
    expect(complaint.addressee).toMatchObject({
      name: "Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB)",
    });
    expect(complaint.subject).toBe(
      `Anzeige betreffend LinkedIn Ireland Unlimited Company: mein Widerspruch ${REFERENCE}`,
    );
    expect(paragraph(complaint, "complaint-intro")).toMatch(
      /^Hiermit erstatte ich Anzeige wegen der Bearbeitung meiner Personendaten durch LinkedIn Ireland Unlimited Company .* \(Art\. 49 DSG\)\./,
    );
    expect(paragraph(complaint, "happened-setting-only")).toContain(
      "«Daten zur Verbesserung generativer KI»",
    );
    expect(paragraph(complaint, "complaint-requests")).toBe(
      "Ich bitte Sie, diese Anzeige zu prüfen und gegebenenfalls die in Art. 51 DSG vorgesehenen Verwaltungsmassnahmen zu verfügen, damit die Bearbeitung meiner Daten zu diesen Zwecken eingestellt wird. Ich bitte Sie, mich über die unternommenen Schritte und das Ergebnis zu informieren (Art. 49 Abs. 4 DSG).",
    );
    expect(paragraph(complaint, "complaint-sharing")).toContain("dass diese Anzeige und ihre Anlagen");
    expect(complaint.paragraphs.map((p) => p.id)).not.toContain("complaint-lead");
    expect(complaint.short).toMatch(/^Ich erstatte Anzeige gegen LinkedIn Ireland Unlimited Company\./);
  });

  it("a UK member in German: LinkedIn Corporation, the UK GDPR, s. 164A and the ICO", () => {
    const reminder = build({ country: "GB" });
    expect(reminder.recipient.name).toBe("LinkedIn Corporation");
    expect(reminder.subject).toContain("(Art. 12 Abs. 3 UK GDPR)");
    expect(paragraph(reminder, "recap")).toContain("meinen Widerspruch gemäß Art. 21 Abs. 1 UK GDPR");
    expect(paragraph(reminder, "no-answer")).toContain(
      "Nach Art. 12 Abs. 3 und Art. 12A UK GDPR hatten Sie mir",
    );
    expect(paragraph(reminder, "uk-acknowledgement")).toBe(
      `Mein Schreiben war zugleich eine Beschwerde an Sie nach Section 164A Data Protection Act 2018. Sie hatten den Eingang innerhalb von 30 Tagen, also spätestens am ${date("2026-07-31")}, zu bestätigen; ich habe keine Eingangsbestätigung erhalten.`,
    );
    expect(paragraph(reminder, "answer-by")).toContain(
      "werde ich bei der Aufsichtsbehörde (Information Commissioner's Office, ICO) Beschwerde einlegen.",
    );

    const identity = build({
      kind: "reply",
      reply: "identity-document",
      replyOn: "2026-07-20",
      country: "GB",
    });
    expect(paragraph(identity, "reply-identity-document")).toContain(
      "Nach Art. 12A UK GDPR ist die Frist nur gehemmt, solange Sie auf Informationen warten",
    );
    expect(paragraph(identity, "reply-identity-document")).toContain(
      `eine nicht erforderliche Anforderung hemmt sie nicht. Die Frist endet am ${date(identity.dates.deadline)}.`,
    );
    expect(paragraph(identity, "reply-identity-document")).not.toContain("Datenschutzausschuss");

    const setting = build({ kind: "reply", reply: "setting-only", replyOn: "2026-07-20", country: "GB" });
    expect(paragraph(setting, "requests-confirmation")).toContain(
      "Dies schließt die Weitergabe meiner Daten an Microsoft für dessen eigenes KI-Training ein.",
    );

    const complaint = build({ kind: "complaint", country: "GB" });
    expect(complaint.addressee).toEqual({
      name: "Information Commissioner's Office (ICO)",
      url: "https://ico.org.uk/make-a-complaint/data-protection-complaints",
    });
    expect(complaint.subject).toBe(
      `Beschwerde gegen LinkedIn Corporation: mein Widerspruch ${REFERENCE} (Art. 21 UK GDPR)`,
    );
    expect(paragraph(complaint, "complaint-intro")).not.toContain("Art. 77");
    expect(paragraph(complaint, "complaint-uk-164a")).toContain(
      "Mein Schreiben war zugleich eine Beschwerde nach Section 164A Data Protection Act 2018.",
    );
    expect(paragraph(complaint, "complaint-sharing")).not.toContain("Aufsichtsbehörden");
  });
});
