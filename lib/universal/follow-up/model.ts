import type { SendingChannel } from "@/lib/universal/deadline/compute-deadline";
import type { Locale } from "@/lib/universal/i18n/locales";
import type { Typography } from "@/lib/universal/i18n/typography";
import type { LetterParty, LetterRegime, LetterSignature } from "@/lib/universal/letter/model";

/** The documents that can follow the objection letter. */
export const FOLLOW_UP_KINDS = ["reminder", "reply", "complaint"] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/**
 * What LinkedIn answered: its typical answers to an objection. `none`: no answer. A confirmation that the
 * objection is honoured needs no document, so it is not a case here (the dossier records it as answered).
 */
export const REPLY_CASES = [
  "setting-only",
  "use-the-form",
  "identity-document",
  "compelling-grounds",
  "extension",
  "none",
] as const;
export type ReplyCase = (typeof REPLY_CASES)[number];

/**
 * Every paragraph a follow-up document can contain, in the order it appears. The French and English
 * catalogues write the same ids; `buildFollowUp` picks the ones that apply to the kind and the answer.
 */
export const FOLLOW_UP_PARAGRAPH_IDS = [
  "complaint-intro",
  "complaint-uk-164a",
  "complaint-facts",
  "recap",
  "no-answer",
  "extension-expired",
  "uk-acknowledgement",
  "reply-setting-only",
  "reply-use-the-form",
  "reply-identity-document",
  "reply-compelling-grounds",
  "reply-extension-in-time",
  "reply-extension-late",
  "happened-none",
  "happened-setting-only",
  "happened-use-the-form",
  "happened-identity-document",
  "happened-compelling-grounds",
  "happened-extension",
  "requests-confirmation",
  "requests-access",
  "requests-erasure",
  "restriction",
  "answer-by",
  "complaint-announced",
  "complaint-lead",
  "complaint-requests",
  "evidence",
  "complaint-sharing",
] as const;
export type FollowUpParagraphId = (typeof FOLLOW_UP_PARAGRAPH_IDS)[number];

export interface FollowUpParagraph {
  id: FollowUpParagraphId;
  text: string;
  /** Legal references the paragraph relies on, language-neutral ("GDPR Art. 21(1)"). */
  refs: readonly string[];
  /** Bullet items printed after the text (the evidence list). */
  items?: readonly string[];
}

/** Who receives the document: LinkedIn's DPO, or for a complaint the person's supervisory authority. */
export interface Addressee {
  name: string;
  /** The authority's complaint page (absent for LinkedIn, and when the competent authority is not known). */
  url?: string;
}

/** A follow-up document as data: one model feeds the PDF, the plain text and the short text. */
export interface FollowUpModel {
  locale: Locale;
  regime: LetterRegime;
  /** Punctuation of the document's language (colon, quotation marks, list separator). */
  typography: Typography;
  kind: FollowUpKind;
  reply: ReplyCase;
  /** The objection letter's reference, repeated on every follow-up. */
  reference: string;
  /** ISO date of this document. */
  date: string;
  placeAndDate: string;
  sender: LetterParty;
  recipient: LetterParty;
  addressee: Addressee;
  subject: string;
  salutation: string;
  paragraphs: readonly FollowUpParagraph[];
  closing: string;
  signatures: readonly LetterSignature[];
  labels: { reference: string; subject: string; pageOf: string };
  /** PDF document title (no personal data). */
  title: string;
  /** The text to paste into a form (LinkedIn's or the authority's), at most 1,000 characters. */
  short: string;
  /** ASCII file name stem, e.g. "complaint-linkedin-ai". */
  fileNameStem: string;
  /** The dates the document relies on (ISO), for the interface. */
  dates: { receivedOn: string; deadline: string; extendedDeadline: string; answerBy: string };
  channel: SendingChannel;
}
