import { createEvent, type DateArray } from "ics";
import type { Locale } from "@/lib/universal/i18n/locales";
import type { Deadline } from "./compute-deadline";
import { addDays, dateParts, type IsoDate } from "./dates";

/** Days before the deadline when the calendar reminds the person. */
export const CALENDAR_ALARM_DAYS = 3;

interface CalendarText {
  /** A language-neutral reference ("GDPR Art. 12(3)") as the language cites it. */
  cite?(ref: string): string;
  title(reference: string | null): string;
  description(reference: string | null, dossierUrl: string, basis: string): string;
  alarm: string;
}

/**
 * The calendar entry's wording, per language (the calendar follows the requested language). It names the
 * reference and the dossier page only: no name, no e-mail, nothing else about the person.
 */
const TEXT: Record<Locale, CalendarText> = {
  en: {
    title: (reference) => `LinkedIn must answer your objection${reference ? ` ${reference}` : ""}`,
    description: (reference, url, basis) =>
      `Last day for LinkedIn to answer your objection to generative-AI training${
        reference ? ` (reference ${reference})` : ""
      }, ${basis}. No answer, or an unsatisfactory one? Your dossier prepares the reminder, the reply or the complaint: ${url}`,
    alarm: "In 3 days, LinkedIn must have answered your objection.",
  },
  fr: {
    title: (reference) => `LinkedIn doit répondre à votre opposition${reference ? ` ${reference}` : ""}`,
    description: (reference, url, basis) =>
      `Dernier jour pour que LinkedIn réponde à votre opposition à l’entraînement de l’IA générative${
        reference ? ` (référence ${reference})` : ""
      }, ${basis}. Pas de réponse, ou une réponse insuffisante ? Votre dossier prépare la relance, la réponse ou la plainte : ${url}`,
    alarm: "Dans 3 jours, LinkedIn doit avoir répondu à votre opposition.",
  },
  de: {
    cite: (ref) =>
      ref
        .replace(
          /^(UK GDPR|GDPR) Art\. (\w+)\((\d+)\)$/,
          (_, law: string, article: string, paragraph: string) =>
            `Art. ${article} Abs. ${paragraph} ${law === "GDPR" ? "DSGVO" : law}`,
        )
        .replace(/^UK GDPR Art\. (\w+)$/, "Art. $1 UK GDPR")
        .replace(/^DPA 2018 s\. (\w+)$/, "Section $1 Data Protection Act 2018"),
    title: (reference) =>
      `LinkedIn muss auf Ihren Widerspruch antworten${reference ? ` (${reference})` : ""}`,
    description: (reference, url, basis) =>
      `Letzter Tag, an dem LinkedIn auf Ihren Widerspruch gegen das Training generativer KI antworten muss${
        reference ? ` (Referenznummer ${reference})` : ""
      }, ${basis}. Keine Antwort oder eine unzureichende? Ihr Dossier bereitet die Erinnerung, die Erwiderung oder die Beschwerde vor: ${url}`,
    alarm: "In 3 Tagen muss LinkedIn auf Ihren Widerspruch geantwortet haben.",
  },
  it: {
    cite: (ref) =>
      ref
        .replace(
          /^(UK GDPR|GDPR) Art\. (\w+)\((\d+)\)$/,
          (_, law: string, article: string, paragraph: string) =>
            `art. ${article}, par. ${paragraph}, ${law === "GDPR" ? "RGPD" : law}`,
        )
        .replace(/^UK GDPR Art\. (\w+)$/, "art. $1 UK GDPR")
        .replace(/^DPA 2018 s\. (\w+)$/, "sezione $1 del Data Protection Act 2018"),
    title: (reference) => `LinkedIn deve rispondere alla tua opposizione${reference ? ` ${reference}` : ""}`,
    description: (reference, url, basis) =>
      `Ultimo giorno entro cui LinkedIn deve rispondere alla tua opposizione all’addestramento dell’IA generativa${
        reference ? ` (riferimento ${reference})` : ""
      }, ${basis}. Nessuna risposta, o una risposta insoddisfacente? Il tuo dossier prepara il sollecito, la replica o il reclamo: ${url}`,
    alarm: "Tra 3 giorni LinkedIn deve aver risposto alla tua opposizione.",
  },
};

const dateArray = (iso: IsoDate): DateArray => dateParts(iso);

export interface CalendarOptions {
  locale: Locale;
  reference: string | null;
  /** Absolute link to the dossier page, e.g. https://example.org/en/dossier. */
  dossierUrl: string;
}

/**
 * The deadline as an iCalendar file (RFC 5545): one all-day event on the deadline with a display alarm
 * three days before, in the person's language, holding only the reference and the link to the dossier.
 * Throws if the library refuses the event (it validates every field).
 */
export function deadlineCalendar(deadline: Deadline, options: CalendarOptions): string {
  const text = TEXT[options.locale];
  const basis = deadline.basis
    .filter((item) => !item.startsWith("Regulation"))
    .map((item) => text.cite?.(item) ?? item)
    .join(", ");
  const { error, value } = createEvent({
    productId: "objection-linkedin-ai",
    // Stable per letter, so importing the file again updates the event instead of duplicating it.
    uid: `${options.reference ?? `receipt-${deadline.receivedOn}`}-deadline@objection-linkedin-ai`,
    start: dateArray(deadline.deadline),
    end: dateArray(addDays(deadline.deadline, 1)),
    title: text.title(options.reference),
    description: text.description(options.reference, options.dossierUrl, basis),
    url: options.dossierUrl,
    transp: "TRANSPARENT",
    busyStatus: "FREE",
    alarms: [
      {
        action: "display",
        description: text.alarm,
        trigger: { days: CALENDAR_ALARM_DAYS, before: true },
      },
    ],
  });
  if (error || !value) throw error ?? new Error("The calendar file could not be written.");
  return value;
}

/** Download name of the calendar file: ASCII, no personal data. */
export function calendarFileName(deadline: Deadline, reference: string | null): string {
  const stem = `linkedin-deadline-${deadline.deadline}${reference ? `-${reference}` : ""}`;
  return `${stem.toLowerCase().replace(/[^a-z0-9-]+/g, "-")}.ics`;
}
