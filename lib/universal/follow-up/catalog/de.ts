import { de as letter } from "@/lib/universal/letter/catalog/de";
import { swissSpelling, withSwissSpelling } from "@/lib/universal/i18n/swiss-spelling";
import type { LetterRegime } from "@/lib/universal/letter/model";
import type { GermanLand } from "../german-lands";
import { FOLLOW_UP_PARAGRAPH_IDS, type FollowUpParagraphId } from "../model";
import type { FollowUpCatalog, FollowUpContext } from "./types";

/**
 * Die Folgeschreiben auf Deutsch: Erinnerung, Antworten auf die typischen Antworten von LinkedIn und
 * Beschwerde. Die Rechtsbegriffe folgen der amtlichen deutschen Fassung der Verordnung (EU) 2016/679
 * (DSGVO) und, für die Schweiz, dem Bundesgesetz über den Datenschutz (DSG, SR 235.1); das Vereinigte
 * Königreich wird mit „UK GDPR“ und „Data Protection Act 2018“ zitiert.
 *
 * Zwei Fassungen: `de` für Deutschland und Österreich (Anrede mit Komma, danach klein weiter, nach DIN 5008;
 * „Mit freundlichen Grüßen“; Anführungszeichen „…“) und `deCH` für die Schweiz (ss statt ß im eigenen
 * Wortlaut, Anrede ohne Komma, «…», „Freundliche Grüsse“). Namen, Daten und Behördennamen aus dem Kontext
 * bleiben in beiden Fassungen, wie sie sind.
 */

const WEEKDAYS = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];

const law = (c: { regime: LetterRegime }) => (c.regime === "uk-gdpr" ? "UK GDPR" : "DSGVO");

/** "21(1)" → „Art. 21 Abs. 1 DSGVO“; "17(1)(c)" → „Art. 17 Abs. 1 lit. c DSGVO“; "12A" → „Art. 12A UK GDPR“. */
function art(c: { regime: LetterRegime }, reference: string): string {
  const [, number, paragraph, point] = /^(\w+)(?:\((\d+)\))?(?:\((\w)\))?$/.exec(reference) ?? [];
  const parts = [`Art. ${number ?? reference}`];
  if (paragraph) parts.push(`Abs. ${paragraph}`);
  if (point) parts.push(`lit. ${point}`);
  return `${parts.join(" ")} ${law(c)}`;
}

/** „Name (Land)“ am Ende wird „Name, Land“: keine verschachtelten Klammern. */
const flat = (name: string) => name.replace(/\s*\(([^()]+)\)$/, ", $1");

const CHANNEL: Record<FollowUpContext["channel"], string> = {
  form: "über Ihr Formular für Widersprüche gegen die Datenverarbeitung",
  post: "per Einschreiben",
  email: "per E-Mail",
};

const THIRD_PERSON_CHANNEL: Record<FollowUpContext["channel"], string> = {
  form: "über das Formular von LinkedIn für Widersprüche gegen die Datenverarbeitung",
  post: "per Einschreiben",
  email: "per E-Mail",
};

/** The Länder in the genitive of their official designation, after „Datenschutzaufsichtsbehörde“. */
const LAND_GENITIVE: Record<GermanLand, string> = {
  BW: "des Landes Baden-Württemberg",
  BY: "des Freistaates Bayern",
  BE: "des Landes Berlin",
  BB: "des Landes Brandenburg",
  HB: "der Freien Hansestadt Bremen",
  HH: "der Freien und Hansestadt Hamburg",
  HE: "des Landes Hessen",
  MV: "des Landes Mecklenburg-Vorpommern",
  NI: "des Landes Niedersachsen",
  NW: "des Landes Nordrhein-Westfalen",
  RP: "des Landes Rheinland-Pfalz",
  SL: "des Saarlandes",
  SN: "des Freistaates Sachsen",
  ST: "des Landes Sachsen-Anhalt",
  SH: "des Landes Schleswig-Holstein",
  TH: "des Freistaates Thüringen",
};

function received(c: FollowUpContext): string {
  return c.receiptAssumed
    ? `Er ist Ihnen um den ${c.receivedOn} zugegangen`
    : `Sie haben ihn am ${c.receivedOn} erhalten`;
}

/** The provision that sets the period to answer. */
function period(c: FollowUpContext): string {
  return c.regime === "uk-gdpr" ? "Art. 12 Abs. 3 und Art. 12A UK GDPR" : "Art. 12 Abs. 3 DSGVO";
}

/**
 * What the person will do next, as the end of a clause after „werde ich“ / „dass ich“. Authority names from
 * the data stay in the nominative, in parentheses; the Swiss DSG itself calls the commissioner „EDÖB“.
 */
function complainTo(c: FollowUpContext): string {
  if (c.regime === "ch-fadp") return "beim EDÖB Anzeige erstatten";
  if (!c.authorityKnown) return "bei der Datenschutzaufsichtsbehörde meines Bundeslandes Beschwerde einlegen";
  return `bei der Aufsichtsbehörde (${flat(c.authorityName)}) Beschwerde einlegen`;
}

const REPLY_SHORT: Record<FollowUpContext["reply"], (c: FollowUpContext) => string> = {
  "setting-only": (c) =>
    `Die Deaktivierung der Einstellung beendet nur die künftige Nutzung. Mein Widerspruch (${art(c, "21(1)")}) erfasst auch bereits verwendete Daten und die damit trainierten Modelle: Bitte bestätigen Sie ihn schriftlich, teilen Sie mir mit, ob und wie meine Daten verwendet wurden (${art(c, "15(1)")}), und löschen Sie sie aus den Trainingsdaten (${art(c, "17(1)(c)")}).`,
  "use-the-form": (c) =>
    `Für einen Widerspruch ist kein Formular erforderlich: Sie haben mir die Ausübung meiner Rechte zu erleichtern (${art(c, "12(2)")}). Mein Schreiben ist ein wirksamer Widerspruch; die Frist läuft ab seinem Eingang und endet am ${c.deadline}.`,
  "identity-document": (c) =>
    `Die Kopie eines Ausweisdokuments ist zur Bestätigung meiner Identität nicht erforderlich (${art(c, "12(6)")}); ich kann diesen Widerspruch ${c.account === "non-member" ? "über die Kontaktdaten in meinem Schreiben" : "von der E-Mail-Adresse meines Kontos aus"} bestätigen. Die Frist endet am ${c.deadline}.`,
  "compelling-grounds": (c) =>
    `Nach ${art(c, "21(1)")} müssen Sie zwingende schutzwürdige Gründe nachweisen, die meine Interessen, Rechte und Freiheiten überwiegen. Bitte übermitteln Sie mir diesen Nachweis und schränken Sie die Verarbeitung bis dahin ein (${art(c, "18(1)(d)")}).`,
  extension: (c) =>
    c.extensionLate
      ? `Ihre Mitteilung einer Fristverlängerung kam zu spät: Die Frist ist am ${c.deadline} abgelaufen und konnte nicht mehr verlängert werden (${period(c)}).`
      : `Ich nehme Ihre Fristverlängerung zur Kenntnis: Sie müssen spätestens am ${c.extendedDeadline} antworten und die Gründe für die Verzögerung mitteilen (${period(c)}).`,
  none: (c) => `Auf meinen Widerspruch (${art(c, "21(1)")}) habe ich keine Antwort erhalten.`,
};

const COMPLAINT_SHORT: Record<FollowUpContext["reply"], (c: FollowUpContext) => string> = {
  none: () => "LinkedIn hat nicht geantwortet.",
  "setting-only": () =>
    "LinkedIn hat lediglich eine Einstellung deaktiviert; das beendet die künftige Nutzung, nicht aber die Nutzung bereits erhobener Daten und der damit trainierten Modelle.",
  "use-the-form": () =>
    "LinkedIn hat mein Schreiben nicht bearbeitet und die Verwendung seines eigenen Formulars verlangt.",
  "identity-document": () =>
    "LinkedIn hat die Kopie eines Ausweisdokuments verlangt, die zu meiner Identifizierung nicht erforderlich ist.",
  "compelling-grounds": () =>
    "LinkedIn hat sich auf zwingende schutzwürdige Gründe berufen, ohne sie nachzuweisen.",
  extension: (c) =>
    c.extensionLate
      ? `LinkedIn hat eine Fristverlängerung erst nach Ablauf des Monats (${c.deadline}) angekündigt und nicht geantwortet.`
      : `LinkedIn hat die Frist verlängert; sie ist am ${c.extendedDeadline} ohne Antwort abgelaufen.`,
};

/** Conventions that differ between Germany/Austria and Switzerland. */
interface Variant {
  /** The name of LinkedIn's setting in quotation marks. */
  quote(text: string): string;
  salutation: string;
  closing: string;
}

const SETTING = "Daten zur Verbesserung generativer KI";

function paragraphs(v: Variant): Record<FollowUpParagraphId, (c: FollowUpContext) => string> {
  return {
    // After „Sehr geehrte Damen und Herren,“ the first paragraph (this one or `recap`) starts in lower case.
    "complaint-intro": (c) => {
      if (c.regime === "ch-fadp")
        return `hiermit erstatte ich Anzeige wegen der Bearbeitung meiner Personendaten durch ${c.controllerName} (Wilton Place, Dublin 2, Irland), die ihre Modelle generativer künstlicher Intelligenz mit den Daten der LinkedIn-Mitglieder in der Schweiz trainiert und meinem ausdrücklichen Widerspruch nicht entsprochen hat. Ich bitte Sie zu prüfen, ob Sie eine Untersuchung eröffnen (Art. 49 DSG). Mir ist bewusst, dass ich mit einer Anzeige nicht Partei eines Verfahrens werde.`;
      const where =
        c.regime === "uk-gdpr" ? "1000 W Maude Avenue, Sunnyvale, CA, USA" : "Wilton Place, Dublin 2, Irland";
      return `hiermit lege ich Beschwerde gegen ${c.controllerName} (${where}) ein, die meine personenbezogenen Daten für das Training ihrer Modelle generativer künstlicher Intelligenz verarbeitet und mein Widerspruchsrecht (${art(c, "21(1)")}) nicht beachtet.${c.regime === "uk-gdpr" ? "" : ` Ich lege die Beschwerde gemäß ${art(c, "77")} ein.`}`;
    },
    "complaint-facts": (c) =>
      `Am ${c.sentOn} habe ich LinkedIn ${THIRD_PERSON_CHANNEL[c.channel]} meinen Widerspruch gemäß ${art(c, "21(1)")} gegen die Verarbeitung meiner personenbezogenen Daten für das Training von Modellen generativer künstlicher Intelligenz übermittelt (Referenz ${c.reference}). ${c.receiptAssumed ? `Er ist LinkedIn um den ${c.receivedOn} zugegangen` : `LinkedIn hat ihn am ${c.receivedOn} erhalten`}.`,
    recap: (c) =>
      `am ${c.sentOn} habe ich Ihnen ${CHANNEL[c.channel]} meinen Widerspruch gemäß ${art(c, "21(1)")} gegen die Verarbeitung meiner personenbezogenen Daten für das Training von Modellen generativer künstlicher Intelligenz übermittelt (Referenz ${c.reference}). ${received(c)}.`,
    "no-answer": (c) =>
      `Nach ${period(c)} hatten Sie mir Informationen über die auf meinen Antrag hin ergriffenen Maßnahmen unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang des Antrags, also spätestens am ${c.deadline}, zur Verfügung zu stellen oder mich innerhalb derselben Frist über die Gründe zu unterrichten, aus denen Sie nicht tätig werden (${art(c, "12(4)")}). Ich habe weder eine Antwort noch eine Mitteilung über eine Fristverlängerung erhalten.`,
    "extension-expired": (c) =>
      `Am ${c.replyOn} haben Sie mir mitgeteilt, dass Sie die Frist für Ihre Antwort verlängern. Auch die verlängerte Frist ist am ${c.extendedDeadline} abgelaufen (${period(c)}), ohne dass ich eine Antwort erhalten habe.`,
    "uk-acknowledgement": (c) =>
      `Mein Schreiben war zugleich eine Beschwerde an Sie nach Section 164A Data Protection Act 2018. Sie hatten den Eingang innerhalb von 30 Tagen, also spätestens am ${c.acknowledgementBy ?? ""}, zu bestätigen; ${c.reply === "none" ? "ich habe keine Eingangsbestätigung erhalten" : "bitte teilen Sie mir das Ergebnis dieser Beschwerde unverzüglich mit (Section 164A(4))"}.`,
    "reply-setting-only": (c) =>
      `In Ihrer Antwort vom ${c.replyOn} teilen Sie mir mit, dass die Einstellung ${v.quote(SETTING)} für mein Konto deaktiviert wurde. Damit ist mein Widerspruch nicht beantwortet. Nach Ihren eigenen Angaben beendet die Einstellung die Nutzung von Daten nur für die Zukunft; ein bereits erfolgtes Training macht sie nicht rückgängig. Mein Widerspruch gemäß ${art(c, "21(1)")} erfasst jede Verarbeitung meiner Daten zu diesen Zwecken, einschließlich der bereits verwendeten Daten und der damit trainierten Modelle, und hängt von keiner Einstellung ab.`,
    "reply-use-the-form": (c) =>
      `In Ihrer Antwort vom ${c.replyOn} bitten Sie mich, Ihr Online-Formular zu verwenden. Für die Ausübung des Widerspruchsrechts ist weder ein Formular noch ein bestimmter Kommunikationsweg vorgeschrieben: Sie haben mir die Ausübung meiner Rechte zu erleichtern (${art(c, "12(2)")}), ${c.regime === "uk-gdpr" ? "und keine Vorschrift macht einen Antrag von der Verwendung eines bestimmten Formulars abhängig" : "und der Europäische Datenschutzausschuss stellt klar, dass ein Verantwortlicher einen Antrag nicht von der Verwendung eines bestimmten Formulars abhängig machen darf (Leitlinien 01/2022)"}. Mein Schreiben ist daher ein wirksamer Widerspruch. Die Monatsfrist läuft ab seinem Eingang am ${c.receivedOn} und endet am ${c.deadline} (${period(c)}).`,
    "reply-identity-document": (c) => {
      const contact =
        c.account === "non-member"
          ? "Mein Schreiben nennt die Kontaktdaten, unter denen Sie mich erreichen, und ich bin bereit, diesen Widerspruch über diese Kontaktdaten zu bestätigen."
          : "Mein Schreiben nennt die E-Mail-Adresse meines LinkedIn-Kontos: Sie können meine Identität über dieses Konto bestätigen, und ich bin bereit, diesen Widerspruch von dieser Adresse aus zu bestätigen.";
      const clock =
        c.regime === "uk-gdpr"
          ? "Nach Art. 12A UK GDPR ist die Frist nur gehemmt, solange Sie auf Informationen warten, die Sie zur Bestätigung meiner Identität berechtigterweise angefordert haben; eine nicht erforderliche Anforderung hemmt sie nicht."
          : "Eine ungerechtfertigte Anforderung hemmt die Monatsfrist nicht.";
      return `In Ihrer Antwort vom ${c.replyOn} verlangen Sie die Kopie eines Ausweisdokuments. Zusätzliche Informationen dürfen Sie nur anfordern, wenn Sie begründete Zweifel an meiner Identität haben, und nur solche, die zur Bestätigung meiner Identität erforderlich sind (${art(c, "12(6)")}). ${contact}${c.regime === "uk-gdpr" ? "" : " Nach Auffassung des Europäischen Datenschutzausschusses ist die Anforderung einer Ausweiskopie in der Regel weder erforderlich noch verhältnismäßig, wenn die Person auf anderem Wege authentifiziert werden kann (Leitlinien 01/2022)."} ${clock} Die Frist endet am ${c.deadline}.`;
    },
    "reply-compelling-grounds": (c) =>
      `In Ihrer Antwort vom ${c.replyOn} erklären Sie, zwingende schutzwürdige Gründe für die Fortsetzung der Verarbeitung zu haben. Nach ${art(c, "21(1)")} obliegt es Ihnen, zwingende schutzwürdige Gründe für die Verarbeitung nachzuweisen, die meine Interessen, Rechte und Freiheiten überwiegen; eine allgemeine Behauptung ist kein Nachweis.${c.regime === "ch-fadp" ? " Auch nach Schweizer Recht muss, wer sich auf einen Rechtfertigungsgrund beruft, diesen nachweisen (Art. 31 Abs. 1 DSG)." : ""} Ich bitte Sie, mir diesen Nachweis für meine Situation zu übermitteln, ebenso die berechtigten Interessen, die Sie verfolgen, und die von Ihnen vorgenommene Interessenabwägung.`,
    "reply-extension-in-time": (c) =>
      `Am ${c.replyOn} haben Sie mir mitgeteilt, dass Sie die Frist für Ihre Antwort verlängern. Nach ${period(c)} kann die Frist nur dann um weitere zwei Monate verlängert werden, wenn dies unter Berücksichtigung der Komplexität und der Anzahl von Anträgen erforderlich ist, und die Gründe für die Verzögerung sind mitzuteilen. Ich halte fest, dass Sie spätestens am ${c.extendedDeadline} antworten müssen. Falls Ihre Mitteilung die Gründe nicht nannte, bitte ich Sie, sie mir mitzuteilen.`,
    "reply-extension-late": (c) =>
      `Am ${c.replyOn} haben Sie mir mitgeteilt, dass Sie die Frist für Ihre Antwort verlängern. Über eine Fristverlängerung ist innerhalb eines Monats nach Eingang des Antrags zu unterrichten, zusammen mit den Gründen für die Verzögerung (${period(c)}); dieser Monat ist am ${c.deadline} abgelaufen. Ihre Mitteilung kam zu spät, um die Frist zu verlängern; diese ist daher ohne Antwort abgelaufen.`,
    "happened-none": (c) =>
      `LinkedIn hatte innerhalb eines Monats nach Eingang des Antrags, also spätestens am ${c.deadline}, zu antworten (${period(c)}). LinkedIn hat weder geantwortet noch die Gründe genannt, aus denen es nicht tätig wird (${art(c, "12(4)")}), noch eine Fristverlängerung mitgeteilt.`,
    "happened-setting-only": (c) =>
      `Am ${c.replyOn} hat LinkedIn lediglich geantwortet, die Einstellung ${v.quote(SETTING)} sei für mein Konto deaktiviert worden. Nach den eigenen Angaben von LinkedIn beendet dies die künftige Nutzung, macht aber ein bereits erfolgtes Training nicht rückgängig. Damit wird meinem Widerspruch für die bereits verwendeten Daten und die damit trainierten Modelle nicht entsprochen, und der Widerspruch als solcher wird nicht bestätigt.`,
    "happened-use-the-form": (c) =>
      `Am ${c.replyOn} hat LinkedIn mich aufgefordert, sein Online-Formular zu verwenden, statt mein Schreiben zu bearbeiten. Für einen Widerspruch ist kein Formular erforderlich; der Verantwortliche hat die Ausübung der Rechte zu erleichtern (${art(c, "12(2)")}).`,
    "happened-identity-document": (c) =>
      `Am ${c.replyOn} hat LinkedIn die Kopie eines Ausweisdokuments von mir verlangt, obwohl ${c.account === "non-member" ? "mein Schreiben Kontaktdaten nannte, über die LinkedIn meine Identität bestätigen konnte" : "mein Schreiben die E-Mail-Adresse meines Kontos nannte, über die LinkedIn mich authentifizieren kann"}. Eine solche Kopie ist zur Bestätigung meiner Identität nicht erforderlich (${art(c, "12(6)")}).`,
    "happened-compelling-grounds": (c) =>
      `Am ${c.replyOn} hat LinkedIn erklärt, zwingende schutzwürdige Gründe für die Fortsetzung der Verarbeitung zu haben, ohne Gründe nachzuweisen, die in meiner Situation meine Interessen, Rechte und Freiheiten überwiegen, wie es ${art(c, "21(1)")} verlangt.`,
    "happened-extension": (c) =>
      c.extensionLate
        ? `Am ${c.replyOn} hat LinkedIn eine Verlängerung der Antwortfrist angekündigt, nachdem der erste Monat bereits am ${c.deadline} abgelaufen war: zu spät, um die Frist zu verlängern (${period(c)}). In der Sache hat LinkedIn nicht geantwortet.`
        : `Am ${c.replyOn} hat LinkedIn die Antwortfrist verlängert. Die verlängerte Frist ist am ${c.extendedDeadline} abgelaufen (${period(c)}), ohne dass LinkedIn in der Sache geantwortet hat.`,
    "requests-confirmation": (c) =>
      `Ich bitte Sie daher, mir schriftlich zu bestätigen, dass mein Widerspruch erfasst ist und für jede Verarbeitung meiner personenbezogenen Daten für das Training generativer KI gilt, unabhängig vom Stand einer Einstellung, einschließlich künftiger Modelle, Versionen und Nachfolgeeinstellungen.${c.regime === "uk-gdpr" ? " Dies schließt die Weitergabe meiner Daten an Microsoft für dessen eigenes KI-Training ein." : ""}`,
    "requests-access": (c) =>
      `Bitte teilen Sie mir außerdem mit, ob meine personenbezogenen Daten bereits zu diesen Zwecken verwendet wurden, seit wann, in welchen Datensätzen und Modellen, und welchen Empfängern sie offengelegt wurden (Art. 15 Abs. 1 und Art. 19 Satz 2 ${law(c)}).`,
    "requests-erasure": (c) =>
      `Sofern Sie keine vorrangigen berechtigten Gründe nachweisen, bitte ich Sie, die bereits zu diesen Zwecken verwendeten Daten zu löschen, die daraus erstellten Datensätze und Modelle nicht weiter zu verwenden (${art(c, "17(1)(c)")}) und die Empfänger darüber zu unterrichten (${art(c, "19")}).`,
    restriction: (c) =>
      `Bis über meinen Widerspruch entschieden ist, verlange ich die Einschränkung der Verarbeitung meiner Daten zu diesen Zwecken (${art(c, "18(1)(d)")}).`,
    "answer-by": (c) =>
      `Ich bitte Sie, mir spätestens bis zum ${c.answerBy} vollständig zu antworten. Erhalte ich bis dahin keine zufriedenstellende Antwort, werde ich ${complainTo(c)}.`,
    "complaint-announced": (c) =>
      `Da Sie solche Gründe nicht nachgewiesen haben, teile ich Ihnen mit, dass ich ${complainTo(c)} werde.`,
    "complaint-uk-164a": (c) =>
      c.acknowledgementBy
        ? `Bevor ich mich an Sie wende, habe ich mich bei LinkedIn beschwert: Mein Schreiben war zugleich eine Beschwerde nach Section 164A Data Protection Act 2018. LinkedIn hatte den Eingang spätestens am ${c.acknowledgementBy} zu bestätigen.`
        : "Bevor ich mich an Sie wende, habe ich mich an LinkedIn gewandt, wie im Folgenden dargelegt.",
    "complaint-lead": (c) =>
      c.leadAuthorityName
        ? `Federführende Aufsichtsbehörde für LinkedIn ist die ${flat(c.leadAuthorityName)} (${art(c, "56")}); ich bitte Sie, diese Beschwerde, soweit erforderlich, in Zusammenarbeit mit ihr zu bearbeiten.`
        : `Als federführende Aufsichtsbehörde für LinkedIn Ireland (${art(c, "56")}) sind Sie für diese grenzüberschreitende Verarbeitung zuständig.`,
    "complaint-requests": (c) => {
      if (c.regime === "ch-fadp")
        return "Ich bitte Sie, diese Anzeige zu prüfen und gegebenenfalls die in Art. 51 DSG vorgesehenen Verwaltungsmaßnahmen zu verfügen, damit die Bearbeitung meiner Daten zu diesen Zwecken eingestellt wird. Ich bitte Sie, mich über die unternommenen Schritte und das Ergebnis zu informieren (Art. 49 Abs. 4 DSG).";
      if (c.regime === "uk-gdpr")
        return "Ich bitte Sie, diese Beschwerde zu prüfen, die Ihnen angemessen erscheinenden Maßnahmen zu ergreifen, damit LinkedIn meinem Widerspruch entspricht, und mich über den Fortgang und das Ergebnis zu informieren.";
      return `Ich bitte Sie, diese Beschwerde zu prüfen, LinkedIn anzuweisen, meinem Widerspruch zu entsprechen (${art(c, "58(2)(c)")}), und mich über den Stand und die Ergebnisse der Beschwerde zu unterrichten (${art(c, "77(2)")}).`;
    },
    evidence: () => "Als Anlagen füge ich bei:",
    "complaint-sharing": (c) => {
      const what = c.regime === "ch-fadp" ? "diese Anzeige" : "diese Beschwerde";
      const to = c.regime === "uk-gdpr" ? "LinkedIn" : "LinkedIn und anderen Aufsichtsbehörden";
      return `Ich bin damit einverstanden, dass ${what} und ihre Anlagen ${to} übermittelt werden, soweit dies für ihre Bearbeitung erforderlich ist.`;
    },
  };
}

function germanCatalog(v: Variant): FollowUpCatalog {
  return {
    locale: "de",
    formatLongDate(isoDate) {
      const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
      const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
      return `${weekday}, ${letter.formatDate(isoDate)}`;
    },
    subject(kind, _reply, regime, reference) {
      const lawName = law({ regime });
      if (kind === "reminder")
        return `Erinnerung an meinen unbeantworteten Widerspruch ${reference} gegen das Training generativer KI (Art. 12 Abs. 3 ${lawName})`;
      if (kind === "reply") return `Ihre Antwort auf meinen Widerspruch ${reference} (Art. 21 ${lawName})`;
      if (regime === "ch-fadp")
        return `Anzeige betreffend LinkedIn Ireland Unlimited Company: mein Widerspruch ${reference}`;
      return `Beschwerde gegen ${regime === "uk-gdpr" ? "LinkedIn Corporation" : "LinkedIn Ireland Unlimited Company"}: mein Widerspruch ${reference} (Art. 21 ${lawName})`;
    },
    title: (kind, reference) =>
      `${{ reminder: "Erinnerung", reply: "Antwort", complaint: "Beschwerde" }[kind]} – Widerspruch gegen das Training generativer KI – LinkedIn – ${reference}`,
    salutation: v.salutation,
    closing: v.closing,
    labels: { reference: "Referenz", subject: "Betreff", pageOf: "Seite {page} von {total}" },
    paragraphs: paragraphs(v),
    evidence: {
      letter: (reference, sentOn) => `mein Widerspruchsschreiben vom ${sentOn} (Referenz ${reference});`,
      proof: (channel) =>
        ({
          form: "die Bestätigung des Widerspruchsformulars (Bildschirmfoto oder Bestätigungs-E-Mail);",
          post: "den Einlieferungsbeleg des Einschreibens und die Sendungsverfolgung;",
          email: "die versandte E-Mail mit ihrem Datum;",
        })[channel],
      reply: (replyOn) => `die Antwort von LinkedIn vom ${replyOn};`,
      reminder: "meine Erinnerung, sofern ich sie versandt habe, und den weiteren Schriftverkehr.",
    },
    short(c) {
      if (c.kind === "reminder")
        return `Erinnerung, Referenz ${c.reference}. Am ${c.sentOn} habe ich der Verwendung meiner personenbezogenen Daten für das Training generativer KI widersprochen (${art(c, "21(1)")}). Sie hatten bis zum ${c.deadline} zu antworten (${period(c)}); ich habe keine Antwort erhalten. Bitte bestätigen Sie schriftlich, dass mein Widerspruch beachtet wird, auch für bereits verwendete Daten und trainierte Modelle, und schränken Sie die Verarbeitung bis dahin ein (${art(c, "18(1)(d)")}). Ohne vollständige Antwort bis zum ${c.answerBy} werde ich ${complainTo(c)}.`;
      if (c.kind === "reply")
        return `Referenz ${c.reference}. ${REPLY_SHORT[c.reply](c)} Bitte antworten Sie vollständig bis zum ${c.answerBy}; andernfalls werde ich ${complainTo(c)}.`;
      const what = COMPLAINT_SHORT[c.reply](c);
      const opening =
        c.regime === "ch-fadp"
          ? `Ich erstatte Anzeige gegen ${c.controllerName}.`
          : `Ich lege Beschwerde gegen ${c.controllerName} ein.`;
      return `${opening} Am ${c.sentOn} habe ich LinkedIn meinen Widerspruch (${art(c, "21(1)")}) gegen die Verwendung meiner personenbezogenen Daten für das Training generativer KI übermittelt (Referenz ${c.reference}); LinkedIn hatte bis zum ${c.deadline} zu antworten. ${what} Ich bitte Sie, ${c.regime === "ch-fadp" ? "diese Anzeige zu prüfen" : "diese Beschwerde zu prüfen und LinkedIn anzuweisen, meinem Widerspruch zu entsprechen"}. Mein Schreiben, der Versandnachweis und die Antworten von LinkedIn liegen bei.`;
    },
    fileNameStem: {
      reminder: "erinnerung-widerspruch-linkedin-ki",
      reply: "antwort-widerspruch-linkedin-ki",
      complaint: "beschwerde-linkedin-ki",
    },
    authorities: {
      germanLand: (land) => `Datenschutzaufsichtsbehörde ${LAND_GENITIVE[land]}`,
      germanGeneral:
        "Eine Datenschutzaufsichtsbehörde in Deutschland (die Aufsichtsbehörde meines Bundeslandes)",
    },
  };
}

/** Germany and Austria. */
export const de: FollowUpCatalog = germanCatalog({
  quote: (text) => `„${text}“`,
  salutation: "Sehr geehrte Damen und Herren,",
  closing: "Mit freundlichen Grüßen",
});

/** Paragraphs that open a document, right after the salutation. */
const FIRST_PARAGRAPHS: readonly FollowUpParagraphId[] = ["recap", "complaint-intro"];

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Switzerland: ss for ß in the catalogue's own wording (names, places, dates and authority names from the
 * context stay as given), «…», and the Swiss letter conventions: a salutation without a comma, followed by a
 * capital letter, and „Freundliche Grüsse“.
 */
function swiss(base: FollowUpCatalog): FollowUpCatalog {
  const paragraphsCH = Object.fromEntries(
    FOLLOW_UP_PARAGRAPH_IDS.map((id) => {
      const write = withSwissSpelling(base.paragraphs[id]);
      return [id, FIRST_PARAGRAPHS.includes(id) ? (c: FollowUpContext) => capitalized(write(c)) : write];
    }),
  ) as FollowUpCatalog["paragraphs"];
  return {
    ...base,
    subject: (kind, reply, regime, reference) => swissSpelling(base.subject(kind, reply, regime, reference)),
    title: (kind, reference) => swissSpelling(base.title(kind, reference)),
    salutation: swissSpelling(base.salutation),
    closing: swissSpelling(base.closing),
    labels: {
      reference: swissSpelling(base.labels.reference),
      subject: swissSpelling(base.labels.subject),
      pageOf: swissSpelling(base.labels.pageOf),
    },
    paragraphs: paragraphsCH,
    evidence: {
      letter: (reference, sentOn) => swissSpelling(base.evidence.letter(reference, sentOn)),
      proof: (channel) => swissSpelling(base.evidence.proof(channel)),
      reply: (replyOn) => swissSpelling(base.evidence.reply(replyOn)),
      reminder: swissSpelling(base.evidence.reminder),
    },
    short: withSwissSpelling(base.short),
    authorities: {
      germanLand: (land) => swissSpelling(base.authorities.germanLand(land)),
      germanGeneral: swissSpelling(base.authorities.germanGeneral),
    },
  };
}

/** Switzerland (regime `ch-fadp`). */
export const deCH: FollowUpCatalog = swiss(
  germanCatalog({
    quote: (text) => `«${text}»`,
    salutation: "Sehr geehrte Damen und Herren",
    closing: "Freundliche Grüsse",
  }),
);
