import { swissSpelling, withSwissSpelling } from "@/lib/universal/i18n/swiss-spelling";
import type { LetterRegime, ParagraphId } from "../model";
import type { LetterCatalog, ParagraphContext } from "./types";

/**
 * Der Brief auf Deutsch. Die rechtlichen Formulierungen folgen der deutschen Fassung der DSGVO
 * (Verordnung (EU) 2016/679) und, für die Schweiz, dem deutschen Text des DSG (SR 235.1). Zitiert wird in der
 * deutschen Form („Art. 21 Abs. 1 DSGVO“, „Art. 6 Abs. 1 lit. f DSGVO“, „Art. 30 Abs. 2 lit. b DSG“).
 * `de` gilt für Deutschland, Österreich und alle anderen Länder; `deCH` ist dieselbe Fassung in Schweizer
 * Rechtschreibung (ss statt ß, Anführungszeichen «…», Grussformel „Freundliche Grüsse“).
 *
 * Behördennamen aus den Datentabellen stehen im Nominativ und können Klammern enthalten: Sie werden als
 * Einschub zwischen Gedankenstrichen genannt, nie gebeugt und nie in Klammern gesetzt.
 */

const MONTHS = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
];

/** What differs between the German and the Swiss letter besides the spelling (ß → ss, applied afterwards). */
/**
 * Letter conventions: in Germany and Austria (DIN 5008) the salutation ends with a comma and the text goes on
 * in lower case; in Switzerland the salutation has no comma and the text starts with a capital.
 */
interface Variant {
  quotes: readonly [string, string];
  salutation: string;
  /** The first word of the letter, after the salutation. */
  hereby: string;
  closing: string;
}

const GERMANY: Variant = {
  quotes: ["„", "“"],
  salutation: "Sehr geehrte Damen und Herren,",
  hereby: "hiermit",
  closing: "Mit freundlichen Grüßen",
};
const SWITZERLAND: Variant = {
  quotes: ["«", "»"],
  salutation: "Sehr geehrte Damen und Herren",
  hereby: "Hiermit",
  closing: "Freundliche Grüsse",
};

/** LinkedIn's own German name of the "Data for Generative AI Improvement" setting. */
const SETTING = "Daten zur Verbesserung generativer KI";

/** "DSGVO" or "UK GDPR", written after the article as German citations do: LinkedIn Ireland is bound by the GDPR for Swiss members too. */
const law = (c: { regime: LetterRegime }) => (c.regime === "uk-gdpr" ? "UK GDPR" : "DSGVO");

const member = (c: ParagraphContext) => c.account !== "non-member" && c.account !== "former-member";
/** Unter 18: Nur diese Briefe sprechen von einem Kind (eine erwachsene Schülerin ist keines). */
const minor = (c: ParagraphContext) => c.age !== "18-plus";

function possibleMinorStatus(c: ParagraphContext): string {
  if (c.age === "16-17" && c.school)
    return "Ich bin noch nicht 18 Jahre alt und besuche eine Schule der Sekundarstufe.";
  if (c.age === "16-17") return "Ich bin noch nicht 18 Jahre alt.";
  return "Ich besuche eine Schule der Sekundarstufe.";
}

/** The e-mail address LinkedIn can use to confirm the person's identity, if any. */
function identityEmail(c: ParagraphContext): string | null {
  if (!c.hasEmail) return null;
  if (c.account === "former-member") return "an die oben angegebene E-Mail-Adresse meines früheren Kontos";
  if (c.account === "non-member") return null;
  return "an die oben angegebene E-Mail-Adresse meines Kontos";
}

function replyChannel(c: ParagraphContext): string {
  if (c.hasEmail && c.hasPostalAddress) return "unter der oben angegebenen E-Mail-Adresse oder Postanschrift";
  if (c.hasEmail) return "unter der oben angegebenen E-Mail-Adresse";
  return "unter der oben angegebenen Postanschrift";
}

const NBSP = "\u00a0";

/** An authority's official name as an insertion between dashes: it stays in the nominative, as published. */
const named = (name: string) => `–${NBSP}${name}${NBSP}–`;

const UNIT_BEFORE_NUMBER =
  /\b(Art\.|Abs\.|lit\.|Erwägungsgrund|Stellungnahme|Leitlinien|Section) (?=[\dA-Za-z])/g;
const DAY_BEFORE_MONTH = new RegExp(`\\b(\\d{1,2}\\.) (?=${[...MONTHS, "Lebensjahr"].join("|")})`, "g");

/**
 * Non-breaking spaces where German typesetting keeps words together, so that a line never ends on "Art.",
 * "Abs." or "lit." nor splits a date: "Art. 6 Abs. 1 lit. f DSGVO", "3. November 2025", "18. Lebensjahres".
 */
function keepTogether(text: string): string {
  return text.replace(UNIT_BEFORE_NUMBER, `$1${NBSP}`).replace(DAY_BEFORE_MONTH, `$1${NBSP}`);
}

function complaintAuthorities(c: ParagraphContext): string {
  const local =
    c.authorityScope === "germany"
      ? "bei einer Aufsichtsbehörde in Deutschland (der Aufsichtsbehörde meines Bundeslandes)"
      : c.authorityScope === "land"
        ? `bei der Aufsichtsbehörde meines Bundeslandes ${named(c.authorityName ?? "")}`
        : c.authorityName
          ? `bei der Aufsichtsbehörde meines Wohnsitzstaates ${named(c.authorityName)}`
          : "bei einer Aufsichtsbehörde";
  return c.leadAuthorityName
    ? `${local} oder bei Ihrer federführenden Aufsichtsbehörde ${named(c.leadAuthorityName)}`
    : local;
}

function complaint(c: ParagraphContext): string {
  const reserve = "Erhalte ich innerhalb dieser Frist keine zufriedenstellende Antwort, behalte ich mir vor";
  if (c.regime === "ch-fadp") {
    return (
      `${reserve}, den Sachverhalt der Aufsichtsbehörde des Bundes ${named(c.authorityName ?? "EDÖB")} zu melden` +
      (c.leadAuthorityName
        ? `, bei Ihrer federführenden Aufsichtsbehörde ${named(c.leadAuthorityName)} Beschwerde einzulegen (Art. 77 DSGVO)`
        : "") +
      " und den Rechtsweg zu beschreiten (Art. 79 DSGVO), insbesondere mit den Ansprüchen nach Art. 32 Abs. 2 DSG."
    );
  }
  if (c.regime === "uk-gdpr") {
    // Auf welchen Artikel sich eine Beschwerde beim Commissioner seit der Reform von 2025 stützt, ist offen: keiner wird zitiert.
    return `${reserve}, mich beim Information Commissioner (ICO) zu beschweren und den Rechtsweg zu beschreiten (Art. 79 UK GDPR).`;
  }
  return `${reserve}, ${complaintAuthorities(c)} Beschwerde einzulegen (Art. 77 DSGVO) und den Rechtsweg zu beschreiten (Art. 79 DSGVO).`;
}

function germanCatalog(variant: Variant): LetterCatalog {
  const [open, close] = variant.quotes;
  const q = (text: string) => `${open}${text}${close}`;

  function scope(c: ParagraphContext): string {
    const facilitate = `Dieser Widerspruch gilt für alle Dienste und Produkte, für die Sie als Verantwortlicher handeln, und hängt nicht von der Verwendung eines bestimmten Formulars ab: Sie haben mir die Ausübung meiner Rechte zu erleichtern (Art. 12 Abs. 2 ${law(c)}).`;
    const setting = member(c)
      ? ` Er gilt unabhängig davon, ob die Einstellung ${q(SETTING)} in meinem Konto aktiviert ist.`
      : "";
    const email = identityEmail(c);
    const identify =
      c.account === "non-member"
        ? ` Anhand meines Namens, meiner oben angegebenen Kontaktdaten${c.mentions > 0 ? " und der oben aufgeführten Seiten" : ""} können Sie die mich betreffenden Daten finden und mir ${replyChannel(c)} antworten.`
        : " Die Angaben in diesem Schreiben genügen, um mich zu identifizieren.";
    const doubts = ` Nach Art. 12 Abs. 6 ${law(c)} dürfen Sie zusätzliche Informationen nur anfordern, wenn Sie begründete Zweifel an meiner Identität haben, und nur solche, die zur Bestätigung meiner Identität erforderlich sind${email ? `; Sie können sie bestätigen, indem Sie mir ${email} schreiben` : ""}.`;
    const document =
      c.account === "non-member"
        ? ""
        : c.regime === "uk-gdpr"
          ? " Eine Kopie eines Ausweisdokuments ist dafür weder erforderlich noch verhältnismäßig."
          : " Wie der Europäische Datenschutzausschuss in seinen Leitlinien 01/2022 zum Auskunftsrecht feststellt, ist es weder erforderlich noch verhältnismäßig, eine Kopie eines Ausweisdokuments zu verlangen, wenn die Person über ihr Konto authentifiziert werden kann.";
    return facilitate + setting + identify + doubts + document;
  }

  const catalog: LetterCatalog = {
    locale: "de",
    formatDate(isoDate) {
      const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
      return `${day}. ${MONTHS[month - 1]} ${year}`;
    },
    placeAndDate: (place, dateText) => (place ? `${place}, ${dateText}` : dateText),
    subject(regime) {
      const basis = {
        "eu-gdpr": "Art. 21 DSGVO",
        "ch-fadp": "Art. 21 DSGVO und Art. 30 DSG",
        "uk-gdpr": "Art. 21 UK GDPR; Beschwerde gemäß Section 164A DPA 2018",
      }[regime];
      return `Widerspruch gegen die Verarbeitung meiner personenbezogenen Daten zum Training generativer KI (${basis})`;
    },
    title: (reference) => `Widerspruch gegen das Training generativer KI – LinkedIn – ${reference}`,
    salutation: variant.salutation,
    closing: variant.closing,
    labels: {
      reference: "Referenz",
      subject: "Betreff",
      pageOf: "Seite {page} von {total}",
      email: "E-Mail des Kontos",
      formerEmail: "E-Mail meines früheren Kontos",
      contactEmail: "E-Mail",
      profile: "LinkedIn-Profil",
      guardianRole: "Gesetzliche Vertretung",
      careOf: "z. Hd. des Datenschutzbeauftragten",
    },
    categories: {
      profile:
        "meine Profildaten (Name, Foto, aktuelle Position und Berufserfahrung, Ausbildung, Standort, Kenntnisse, Zusammenfassung, Zertifizierungen, Lizenzen, ehrenamtliche Tätigkeiten, Veröffentlichungen, Patente, Bestätigungen und Empfehlungen)",
      posts:
        "die Inhalte, die ich veröffentliche oder zu denen ich beitrage (Beiträge, Artikel, Antworten auf Umfragen, sonstige Mitwirkungen und Kommentare)",
      groups: "meine Aktivitäten und Nachrichten in Gruppen",
      "ai-conversations":
        "die Daten, die ich in Ihre KI-Funktionen eingebe (Prompts, Suchanfragen, Chats), und die dabei erzeugten Ergebnisse",
      resumes: "die in meinem Konto gespeicherten Lebensläufe und Antworten auf Screening-Fragen",
    },
    paragraphs: {
      objection: (c) =>
        `${variant.hereby} widerspreche ich gemäß Art. 21 Abs. 1 ${law(c)} der Verarbeitung meiner personenbezogenen Daten, die Sie seit dem 3. November 2025 auf Grundlage Ihrer berechtigten Interessen (Art. 6 Abs. 1 lit. f ${law(c)}) für das Training, die Feinabstimmung (Fine-Tuning), die Evaluierung und die Verbesserung von Modellen generativer künstlicher Intelligenz vornehmen.`,
      "swiss-prohibition": () =>
        "Da Ihr Unternehmen in der Europäischen Union niedergelassen ist, gilt für diese Verarbeitung die DSGVO (Art. 3 Abs. 1 DSGVO). Weil ich in der Schweiz wohne, gilt zudem das Bundesgesetz über den Datenschutz (DSG), denn die Bearbeitung wirkt sich in der Schweiz aus (Art. 3 Abs. 1 DSG). Ich untersage ausdrücklich, meine Personendaten zu diesen Zwecken zu bearbeiten. Das Bearbeiten von Personendaten entgegen meiner ausdrücklichen Willenserklärung ist eine Verletzung meiner Persönlichkeit (Art. 30 Abs. 2 lit. b DSG). Da ich die Bearbeitung ausdrücklich untersage, greift der Grundsatz, dass in der Regel keine Persönlichkeitsverletzung vorliegt, wenn die betroffene Person die Personendaten allgemein zugänglich gemacht hat (Art. 30 Abs. 3 DSG), für diese Bearbeitung nicht, auch nicht bei Daten, die ich öffentlich gemacht habe. Die Verletzung ist daher widerrechtlich, wenn sie nicht gerechtfertigt ist (Art. 31 Abs. 1 DSG), und es obliegt Ihnen, einen allfälligen Rechtfertigungsgrund nachzuweisen. Ich behalte mir die Ansprüche nach Art. 32 Abs. 2 DSG vor, insbesondere dass diese Bearbeitung verboten wird (lit. a), dass die Bekanntgabe meiner Daten an Dritte untersagt wird (lit. b) und dass die Daten gelöscht werden (lit. c).",
      "uk-law": () =>
        "Die UK GDPR gilt für diese Verarbeitung, obwohl die LinkedIn Corporation außerhalb des Vereinigten Königreichs niedergelassen ist, da die Verarbeitung damit zusammenhängt, dass Sie Personen im Vereinigten Königreich wie mir Ihre Dienste anbieten und ihr Verhalten dort beobachten (Art. 3 Abs. 2 UK GDPR).",
      "uk-microsoft": () =>
        "Ferner widerspreche ich gemäß Art. 21 Abs. 1 UK GDPR der Offenlegung meiner personenbezogenen Daten gegenüber Ihrer Muttergesellschaft Microsoft für das Training der eigenen KI-Modelle von Microsoft und fordere Sie auf, jede Offenlegung meiner Daten zu diesem Zweck einzustellen. Bitte teilen Sie mir mit, welche Gesellschaft oder Gesellschaften des Microsoft-Konzerns meine Daten zu diesem Zweck erhalten haben (Art. 15 Abs. 1 lit. c UK GDPR).",
      "data-categories": (c) =>
        c.account === "non-member"
          ? "Da ich kein LinkedIn-Konto habe, erstreckt sich dieser Widerspruch auf alle mich betreffenden personenbezogenen Daten, die Sie gespeichert haben oder erheben, insbesondere in Inhalten, die Ihre Mitglieder veröffentlichen (Beiträge, Artikel, Kommentare, Fotos und Erwähnungen), einschließlich der Daten, die bereits zu diesen Zwecken verwendet wurden."
          : "Dieser Widerspruch erstreckt sich auf die folgenden Daten, einschließlich der bereits zu diesen Zwecken verwendeten:",
      "status-non-member": (c) =>
        "Das Widerspruchsrecht steht jeder betroffenen Person zu, ob Mitglied oder nicht: Ihr Formular für Widersprüche gegen die Datenverarbeitung (Data Processing Objection Form) steht selbst Nichtmitgliedern offen." +
        (c.mentions > 0 ? " Die folgenden Seiten auf LinkedIn erwähnen mich:" : ""),
      "status-former-member": (c) =>
        `Ich habe kein LinkedIn-Konto mehr. Dieser Widerspruch betrifft die Daten meines früheren Kontos, die Sie noch gespeichert haben, sowie jede bereits erfolgte Verwendung dieser Daten zu diesen Zwecken. Daten meines früheren Kontos, die Sie nach dessen Schließung aufbewahrt haben, sind für die Zwecke, für die sie erhoben wurden, nicht mehr notwendig: Ich fordere Sie auf, sie zu löschen (Art. 17 Abs. 1 lit. a ${law(c)}).`,
      "status-under-16": (c) =>
        `Ich bin noch keine 16 Jahre alt; Ihre Nutzervereinbarung setzt für die Nutzung von LinkedIn ein Mindestalter von 16 Jahren voraus. Ich erhebe diesen Widerspruch gemeinsam mit meiner gesetzlichen Vertretung, ${c.guardianName ?? ""}, die dieses Schreiben mitunterzeichnet.`,
      "status-possible-minor": (c) => possibleMinorStatus(c),
      "minor-exclusion": (c) =>
        `Nach Ihren eigenen veröffentlichten Angaben verwenden Sie die Daten von Mitgliedern, bei denen Sie Grund zu der Annahme haben, dass sie noch nicht 18 Jahre alt sind, etwa weil sie eine Schule der Sekundarstufe oder eine vergleichbare Einrichtung besuchen, nicht für das Training generativer KI, selbst wenn ihre Einstellung aktiviert zu sein scheint. Bitte bestätigen Sie mir, dass dieser Ausschluss für meine Daten gilt, vermerken Sie diese Angabe zu meinem ${minor(c) ? "Alter" : "Schulbesuch"}, damit der Ausschluss angewandt wird, löschen Sie alle bereits verwendeten Daten über mich aus Ihren Datensätzen für Training, Feinabstimmung und Evaluierung, und halten Sie diesen Widerspruch ${minor(c) ? "auch nach Vollendung meines 18. Lebensjahres aufrecht" : "aufrecht, gleich was Sie später über mein Alter annehmen"}.`,
      "child-protection": (c) =>
        `Ihre berechtigten Interessen können nicht Vorrang haben, wenn die Interessen oder Grundrechte und Grundfreiheiten der betroffenen Person überwiegen, ${q("insbesondere dann, wenn es sich bei der betroffenen Person um ein Kind handelt")} (Art. 6 Abs. 1 lit. f ${law(c)}). Kinder verdienen bei ihren personenbezogenen Daten besonderen Schutz (Erwägungsgrund 38 ${law(c)}).`,
      grounds: (c) =>
        c.account === "non-member"
          ? "Ich erhebe diesen Widerspruch aus Gründen, die sich aus meiner besonderen Situation ergeben. Mich betreffende personenbezogene Daten, die auf Ihrer Plattform erscheinen, wurden dort nicht veröffentlicht, um Material für generative KI zu liefern; ich konnte eine solche Verwendung vernünftigerweise nicht absehen, und sie nimmt mir die Kontrolle darüber, wie meine Daten, meine Worte und mein Bild wiedergegeben und weiterverwendet werden."
          : "Ich erhebe diesen Widerspruch aus Gründen, die sich aus meiner besonderen Situation ergeben. Ich habe diese Daten geteilt, um an einem beruflichen Netzwerk teilzunehmen, nicht um Material für das Training von Modellen generativer KI zu liefern; ich konnte eine solche Verwendung vernünftigerweise nicht absehen, und sie nimmt mir die Kontrolle darüber, wie meine Daten, meine Worte und mein Bild wiedergegeben und weiterverwendet werden.",
      "situation-creative-work": () =>
        "Ich veröffentliche auf LinkedIn eigene Werke (Texte, Bilder, Analysen). Ihre Verwendung für das Training von Modellen, die konkurrierende Inhalte erzeugen, beeinträchtigt meine Verwertungsrechte und meine Urheberpersönlichkeitsrechte an diesen Werken.",
      "situation-journalist": () =>
        "Ich bin journalistisch tätig. Meine Beiträge, meine Kontakte und mein Austausch mit anderen können Informationen über meine Quellen und meine Arbeit preisgeben, deren Vertraulichkeit für die Pressefreiheit wesentlich ist.",
      "situation-job-seeker": () =>
        "Ich bin auf Arbeitssuche. Mein Profil, meine Lebensläufe und meine Antworten auf Screening-Fragen enthalten ausführliche Angaben zu meinem beruflichen Werdegang und meinen Bewerbungen, die ich ausschließlich zur Prüfung durch Personalverantwortliche gemacht habe.",
      "situation-special-category": () =>
        "Mein Profil, meine Beiträge oder meine Aktivitäten enthalten oder offenbaren Angaben, die zu den besonderen Kategorien personenbezogener Daten gehören (etwa Gesundheit, politische Meinungen, religiöse oder weltanschauliche Überzeugungen, Gewerkschaftszugehörigkeit oder sexuelle Orientierung).",
      "situation-professional-secrecy": () =>
        "Meine Tätigkeit unterliegt dem Berufsgeheimnis. Meine Inhalte auf LinkedIn können Informationen über meine Mandantschaft, meine Patientinnen und Patienten oder meine Fälle preisgeben, die nicht für andere Zwecke weiterverwendet werden dürfen.",
      "situation-harassment-risk": () =>
        "Ich bin der Gefahr von Belästigung oder gezielten Angriffen ausgesetzt. Die Wiedergabe meiner Daten, meiner Worte oder meines Bildes durch generative Modelle erhöht diese Gefahr.",
      "situation-unexpected-use": () =>
        "Als meine Daten veröffentlicht wurden, deutete nichts darauf hin, dass sie für das Training generativer KI verwendet würden; eine Aktualisierung Ihrer Datenschutzrichtlinie kann eine solche Verwendung nicht schon für sich genommen vernünftigerweise absehbar machen.",
      "situation-own-words": () => "Weitere Angaben:",
      "compelling-grounds": (c) =>
        `Gemäß Art. 21 Abs. 1 ${law(c)} dürfen Sie meine personenbezogenen Daten daher zu diesen Zwecken nicht mehr verarbeiten, es sei denn, Sie können zwingende schutzwürdige Gründe für die Verarbeitung nachweisen, die meine Interessen, Rechte und Freiheiten überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen. Die Beweislast hierfür liegt bei Ihnen.` +
        (c.regime === "uk-gdpr"
          ? ""
          : " Wie der Europäische Datenschutzausschuss in seiner Stellungnahme 28/2024 festgestellt hat, macht ein Hinweis in einer Datenschutzerklärung eine solche Verarbeitung nicht schon für sich genommen vernünftigerweise erwartbar, und mit personenbezogenen Daten trainierte Modelle sind nicht immer anonym."),
      "legitimate-interests": (c) =>
        `Sie sind verpflichtet, die berechtigten Interessen anzugeben, die Sie verfolgen (Art. 13 Abs. 1 lit. d und Art. 14 Abs. 2 lit. b ${law(c)}). Ich bitte Sie, mir genau mitzuteilen, auf welche berechtigten Interessen Sie diese Verarbeitung stützen, und mir die Interessenabwägung zu übermitteln, in der Sie diese Interessen gegen die Interessen und Rechte der betroffenen Personen abgewogen haben.`,
      "special-category": (c) =>
        `Zudem lässt ein Teil dieser Daten Angaben erkennen, die zu den besonderen Kategorien personenbezogener Daten nach Art. 9 Abs. 1 ${law(c)} gehören. Ihre Verarbeitung ist untersagt, sofern nicht eine der Ausnahmen nach Art. 9 Abs. 2 ${law(c)} greift; Ihre berechtigten Interessen gehören nicht dazu, und ich willige in diese Verarbeitung weder ausdrücklich noch auf andere Weise ein. Ich habe diese Daten auch nicht offensichtlich öffentlich gemacht (Art. 9 Abs. 2 lit. e ${law(c)}): Wie der Gerichtshof der Europäischen Union im Urteil Meta Platforms gegen Bundeskartellamt (C-252/21, 4. Juli 2023) entschieden hat, sind Daten nur dann offensichtlich öffentlich gemacht, wenn der Nutzer sich explizit und in voller Kenntnis der Sachlage dafür entschieden hat, sie einer unbegrenzten Zahl von Personen zugänglich zu machen; die gewöhnliche Nutzung eines sozialen Netzwerks genügt dafür nicht. Da diese Verarbeitung unrechtmäßig ist, fordere ich Sie auf, diese Daten vorbehaltlos aus Ihren Datensätzen und Modellen zu löschen (Art. 17 Abs. 1 lit. d ${law(c)}): Diese Löschung hängt von keiner Interessenabwägung ab.`,
      "consent-withdrawal": (c) =>
        `Hilfsweise widerrufe ich mit Wirkung ab heute jede Einwilligung, auf die Sie diese Verarbeitung ganz oder teilweise stützen sollten (Art. 7 Abs. 3 ${law(c)}).`,
      restriction: (c) =>
        `Solange noch nicht feststeht, ob Ihre berechtigten Gründe gegenüber den meinen überwiegen, verlange ich, die Verarbeitung meiner Daten zu diesen Zwecken einzuschränken (Art. 18 Abs. 1 lit. d ${law(c)}) und mich zu unterrichten, bevor diese Einschränkung aufgehoben wird (Art. 18 Abs. 3 ${law(c)}).`,
      erasure: (c) =>
        `Sofern Sie keine vorrangigen berechtigten Gründe für die Verarbeitung nachweisen, fordere ich Sie auf, die Kopien meiner personenbezogenen Daten in Ihren Datensätzen für Training, Feinabstimmung und Evaluierung zu löschen und keine damit trainierten Modelle mehr zu verwenden, aus denen meine Daten extrahiert oder wiedergegeben werden können (Art. 17 Abs. 1 lit. c ${law(c)}).` +
        (member(c)
          ? " Diese Aufforderung betrifft ausschließlich diese Datensätze und Modelle: Sie ist kein Antrag auf Löschung meines Kontos oder meines Profils."
          : ""),
      recipients: (c) =>
        `Bitte teilen Sie diese Einschränkung oder Löschung allen Empfängern mit, denen meine Daten zu diesen Zwecken offengelegt wurden, ${c.regime === "uk-gdpr" ? "insbesondere Microsoft und Ihren anderen verbundenen Unternehmen" : "einschließlich Ihrer verbundenen Unternehmen"}, und unterrichten Sie mich über diese Empfänger (Art. 19 ${law(c)}).`,
      access: (c) =>
        `Gemäß Art. 15 Abs. 1 ${law(c)} bitte ich Sie außerdem um Auskunft darüber, ob meine personenbezogenen Daten bereits zu diesen Zwecken verwendet wurden und, wenn ja, seit wann; in welchen Datensätzen für Training, Feinabstimmung und Evaluierung und in welchen Modellen sie verwendet wurden; zu welchen Zwecken; und gegenüber welchen Empfängern, einschließlich Ihrer verbundenen Unternehmen, sie offengelegt wurden.`,
      permanence: (c) =>
        "Dieser Widerspruch gilt dauerhaft. Er erstreckt sich auf künftige Modelle und Versionen" +
        (member(c)
          ? ` sowie auf jede Einstellung oder Funktion, die an die Stelle der Einstellung ${q(SETTING)} tritt; er erlischt nicht, wenn diese Einstellung oder eine Nachfolgeeinstellung später erneut standardmäßig aktiviert wird.`
          : " sowie auf jede Nachfolgefunktion für dieselben Zwecke; er erlischt nicht, wenn eine solche Verarbeitung später erneut standardmäßig aktiviert wird."),
      "response-deadline": (c) =>
        `Bitte informieren Sie mich schriftlich über die auf diesen Antrag hin ergriffenen Maßnahmen, und zwar unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang des Antrags (${c.regime === "uk-gdpr" ? "Art. 12 Abs. 3 und Art. 12A UK GDPR" : "Art. 12 Abs. 3 DSGVO"}). Sollten Sie auf meinen Antrag hin nicht tätig werden, unterrichten Sie mich bitte innerhalb derselben Frist über die Gründe hierfür und über die Möglichkeit, bei einer Aufsichtsbehörde Beschwerde einzulegen oder einen gerichtlichen Rechtsbehelf einzulegen (Art. 12 Abs. 4 ${law(c)}).`,
      "uk-complaint": () =>
        "Dieses Schreiben ist zugleich eine an Sie als Verantwortlichen gerichtete Beschwerde gemäß Section 164A des Data Protection Act 2018 über die oben beschriebene Verarbeitung. Bitte bestätigen Sie den Eingang dieser Beschwerde innerhalb von 30 Tagen nach Erhalt, ergreifen Sie unverzüglich geeignete Maßnahmen, um sie zu beantworten, und teilen Sie mir das Ergebnis mit.",
      scope,
      "data-use": (c) =>
        `Die in diesem Schreiben angegebenen personenbezogenen Daten dürfen verwendet werden, um diesen Widerspruch zu bearbeiten, umzusetzen und zu dokumentieren, und zu keinem anderen Zweck (Art. 5 Abs. 1 lit. b ${law(c)}).`,
      complaint,
    },
    short: {
      objection: (regime) =>
        (regime === "uk-gdpr"
          ? "Ich widerspreche (Art. 21 Abs. 1 UK GDPR) aus Gründen meiner besonderen Situation der Verarbeitung meiner Daten für Training, Feinabstimmung, Evaluierung und Verbesserung generativer KI auf Grundlage Ihrer berechtigten Interessen sowie ihrer Weitergabe an Microsoft für dessen KI-Training."
          : "Ich widerspreche (Art. 21 Abs. 1 DSGVO) aus Gründen meiner besonderen Situation der Verarbeitung meiner Daten für Training, Feinabstimmung, Evaluierung und Verbesserung generativer KI auf Grundlage Ihrer berechtigten Interessen.") +
        (regime === "ch-fadp" ? " Ich untersage sie ausdrücklich (Art. 30 Abs. 2 lit. b, Abs. 3 DSG)." : ""),
      status: (c) => {
        const parts: string[] = [];
        if (c.age === "under-16")
          parts.push(
            `Ich bin unter 16; meine gesetzliche Vertretung, ${c.guardianName ?? ""}, schließt sich an.`,
          );
        else if (c.age === "16-17") parts.push("Ich bin noch nicht 18 Jahre alt.");
        else if (c.school) parts.push("Ich besuche eine Schule der Sekundarstufe.");
        if (c.account === "non-member") parts.push("Ich habe kein LinkedIn-Konto.");
        if (c.account === "former-member") parts.push("Ich war früher Mitglied.");
        return parts.join(" ");
      },
      groundsIntro: "Meine Situation:",
      situations: {
        "situation-creative-work": "ich veröffentliche eigene Werke",
        "situation-journalist": "ich bin journalistisch tätig (Quellenschutz)",
        "situation-job-seeker": "ich bin auf Arbeitssuche",
        "situation-special-category":
          "meine Daten offenbaren besondere Kategorien personenbezogener Daten (Art. 9)",
        "situation-professional-secrecy": "meine Tätigkeit unterliegt dem Berufsgeheimnis",
        "situation-harassment-risk": "ich bin der Gefahr von Belästigung ausgesetzt",
        "situation-unexpected-use": "ich konnte diese Verwendung meiner Daten nicht absehen",
      },
      requests: (c) =>
        `Ohne Nachweis zwingender schutzwürdiger Gründe: Beenden Sie die Verarbeitung und schränken Sie sie bis dahin ein (Art. 18 Abs. 1 lit. d); löschen Sie meine Daten aus Trainings-, Feinabstimmungs- und Evaluierungsdaten und nutzen Sie keine Modelle, aus denen sie extrahierbar sind (Art. 17 Abs. 1 lit. c); informieren Sie die Empfänger und nennen Sie sie mir (Art. 19); teilen Sie mir die bisherige Nutzung mit (Art. 15 Abs. 1); antworten Sie binnen eines Monats schriftlich (${c.regime === "uk-gdpr" ? "Art. 12 Abs. 3 und Art. 12A" : "Art. 12 Abs. 3"}). Der Widerspruch gilt dauerhaft.`,
      reference: (reference) => `Referenz: ${reference}.`,
    },
    fileNameStem: "widerspruch-linkedin-ki",
  };
  // The running text of the PDF (subject and paragraphs) is typeset; the form text and the labels are not.
  return {
    ...catalog,
    subject: (regime) => keepTogether(catalog.subject(regime)),
    paragraphs: mapValues(catalog.paragraphs, (write) => (c: ParagraphContext) => keepTogether(write(c))),
  };
}

/**
 * Swiss spelling for every wording function and string of a catalogue. The values a function receives (a name,
 * a place, a reference, an authority's official name) are kept exactly as given.
 */
function swissWords<A extends unknown[]>(write: (...args: A) => string): (...args: A) => string {
  const spelled = withSwissSpelling((args: Record<number, unknown>) => write(...(Object.values(args) as A)));
  return (...args) => spelled({ ...args });
}

const mapValues = <K extends string, V, W>(record: Record<K, V>, map: (value: V) => W): Record<K, W> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value as V)])) as Record<K, W>;

function swissCatalog(catalog: LetterCatalog): LetterCatalog {
  return {
    ...catalog,
    formatDate: swissWords(catalog.formatDate),
    placeAndDate: swissWords(catalog.placeAndDate),
    subject: swissWords(catalog.subject),
    title: swissWords(catalog.title),
    salutation: swissSpelling(catalog.salutation),
    closing: swissSpelling(catalog.closing),
    labels: mapValues(catalog.labels, swissSpelling),
    categories: mapValues(catalog.categories, swissSpelling),
    paragraphs: mapValues(catalog.paragraphs, (write) => withSwissSpelling(write)),
    short: {
      objection: swissWords(catalog.short.objection),
      status: withSwissSpelling(catalog.short.status),
      situations: mapValues(catalog.short.situations as Record<string, string>, swissSpelling) as Partial<
        Record<ParagraphId, string>
      >,
      groundsIntro: swissSpelling(catalog.short.groundsIntro),
      requests: withSwissSpelling(catalog.short.requests),
      reference: swissWords(catalog.short.reference),
    },
    fileNameStem: swissSpelling(catalog.fileNameStem),
  };
}

/** Germany, Austria and every other country except Switzerland. */
export const de: LetterCatalog = germanCatalog(GERMANY);

/** Switzerland: the same letter in Swiss Standard German ("ss", «…», "Freundliche Grüsse"). */
export const deCH: LetterCatalog = swissCatalog(germanCatalog(SWITZERLAND));
