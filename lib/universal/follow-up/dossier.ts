import { z } from "zod";
import "@/lib/universal/schemas/zod-config";
import { computeDeadline, type Deadline } from "@/lib/universal/deadline/compute-deadline";
import { addDays, isIsoDate, type IsoDate } from "@/lib/universal/deadline/dates";
import { ZReference, ZSendingChannel } from "@/lib/universal/deadline/schema";
import { LOCALES } from "@/lib/universal/i18n/locales";
import { parseStoredDraft, type QuestionnaireDraft } from "@/lib/universal/questionnaire/draft";
import { verdictFor } from "@/lib/universal/questionnaire/verdict";
import { EARLIEST_LETTER_DATE } from "@/lib/universal/schemas/letter-limits";
import { REMINDER_DAYS } from "./constants";
import { REPLY_CASES } from "./model";
import { answersDescribeLetter, DOSSIER_FORMAT } from "./new-dossier";

/**
 * The dossier: what the person keeps on their own device after the letter (never on the server). The
 * questionnaire's answers, the letter's reference and language, how and when it was sent, and what LinkedIn
 * answered. The same schema checks the browser's copy and an imported file, so a wrong or edited file is
 * refused with a clear message instead of producing a wrong document.
 */
export { DOSSIER_FORMAT, newDossier } from "./new-dossier";

/** LinkedIn's answers as the dossier records them: the follow-up cases, plus a confirmation (nothing to do). */
export const DOSSIER_ANSWERS = [...REPLY_CASES.filter((reply) => reply !== "none"), "confirmed"] as const;
export type DossierAnswer = (typeof DOSSIER_ANSWERS)[number];

const ZDay = z
  .string()
  .refine(isIsoDate)
  .refine((value) => value >= EARLIEST_LETTER_DATE);

export const ZDossier = z
  .object({
    format: z.literal(DOSSIER_FORMAT),
    version: z.literal(1),
    reference: ZReference,
    letterLocale: z.enum(LOCALES),
    /** The questionnaire's answers, as the questionnaire keeps them. */
    answers: z.record(z.string(), z.unknown()),
    sending: z
      .object({ sentOn: ZDay, channel: ZSendingChannel, receivedOn: ZDay.optional() })
      .refine((s) => !s.receivedOn || s.receivedOn >= s.sentOn)
      .nullable(),
    answer: z.object({ reply: z.enum(DOSSIER_ANSWERS), replyOn: ZDay }).nullable(),
  })
  .refine(
    // A file whose answers do not describe the letter it names (edited, or from another tool) is refused.
    (dossier) => answersDescribeLetter(dossier.answers, dossier.reference),
    { path: ["answers"] },
  )
  .refine(
    (dossier) => !dossier.answer || !dossier.sending || dossier.answer.replyOn >= dossier.sending.sentOn,
    {
      path: ["answer"],
    },
  );
export type TDossier = z.output<typeof ZDossier>;

/** Reads a dossier (stored or imported); null when it is not a valid, consistent dossier. */
export function parseDossier(raw: unknown): TDossier | null {
  const result = ZDossier.safeParse(raw);
  return result.success ? result.data : null;
}

/** The questionnaire's answers inside a dossier, read as defensively as the questionnaire reads them. */
export function dossierDraft(dossier: TDossier): QuestionnaireDraft {
  return parseStoredDraft(dossier.answers);
}

export type DossierStatus = "not-sent" | "waiting" | "overdue" | "answered" | "done";
export type NextStep = "record-sending" | "wait" | "reminder" | "complaint" | "reply" | "keep";

export interface DossierState {
  status: DossierStatus;
  deadline: Deadline | null;
  /** The day the current wait ends (the deadline, or the extended deadline after an extension in time). */
  waitingUntil: IsoDate | null;
  next: NextStep;
}

/**
 * Where things stand on `today` and what to do next: record the sending; wait until the deadline; after it, a
 * reminder (and, 14 days later, a complaint); after an answer, the reply it calls for; after a confirmation,
 * nothing but keeping it with the letter.
 */
export function dossierState(dossier: TDossier, today: IsoDate): DossierState {
  const draft = dossierDraft(dossier);
  const verdict = verdictFor(draft);
  if (!dossier.sending || !verdict || verdict.regime === "none")
    return { status: "not-sent", deadline: null, waitingUntil: null, next: "record-sending" };
  const deadline = computeDeadline({ regime: verdict.regime, ...dossier.sending });
  const answer = dossier.answer;
  if (answer?.reply === "confirmed") return { status: "done", deadline, waitingUntil: null, next: "keep" };
  if (answer?.reply === "extension" && answer.replyOn <= deadline.deadline) {
    const until = deadline.extendedDeadline;
    return today <= until
      ? { status: "waiting", deadline, waitingUntil: until, next: "wait" }
      : { status: "overdue", deadline, waitingUntil: until, next: "reminder" };
  }
  if (answer) {
    const next = answer.reply === "compelling-grounds" ? "complaint" : "reply";
    return { status: "answered", deadline, waitingUntil: null, next };
  }
  if (today <= deadline.deadline)
    return { status: "waiting", deadline, waitingUntil: deadline.deadline, next: "wait" };
  const complaintTime = today > addDays(deadline.deadline, REMINDER_DAYS);
  return {
    status: "overdue",
    deadline,
    waitingUntil: deadline.deadline,
    next: complaintTime ? "complaint" : "reminder",
  };
}
