import type { SendingChannel } from "@/lib/universal/deadline/compute-deadline";
import type { Locale } from "@/lib/universal/i18n/locales";
import type { LetterRegime } from "@/lib/universal/letter/model";
import type { AccountType } from "@/lib/universal/rules/types";
import type { GermanLand } from "../german-lands";
import type { FollowUpKind, FollowUpParagraphId, ReplyCase } from "../model";

/** What a paragraph's wording may depend on. Dates are already written out in the document's language. */
export interface FollowUpContext {
  regime: LetterRegime;
  kind: FollowUpKind;
  reply: ReplyCase;
  account: AccountType;
  reference: string;
  channel: SendingChannel;
  sentOn: string;
  receivedOn: string;
  /** The day of receipt is the post assumption, not a tracking date. */
  receiptAssumed: boolean;
  deadline: string;
  extendedDeadline: string;
  /** UK s. 164A acknowledgement date, when the letter arrived after 19 June 2026. */
  acknowledgementBy: string | null;
  /** Day of LinkedIn's answer; empty when it has not answered. */
  replyOn: string;
  /** An extension notice that came after the first month (too late to extend the period). */
  extensionLate: boolean;
  /** Day by which this document asks for an answer. */
  answerBy: string;
  controllerName: string;
  /** The authority this complaint goes to, or that a reminder or reply names. */
  authorityName: string;
  /** False for Germany without a Land: the wording then speaks of "the authority of my Land". */
  authorityKnown: boolean;
  /** LinkedIn Ireland's lead authority (the Irish DPC), when it is not `authorityName`. */
  leadAuthorityName: string | null;
}

/** Everything the follow-up documents say in one language. French and English write the same ids. */
export interface FollowUpCatalog {
  locale: Locale;
  /** "Monday 4 January 2027" / "lundi 4 janvier 2027". */
  formatLongDate(isoDate: string): string;
  subject(kind: FollowUpKind, reply: ReplyCase, regime: LetterRegime, reference: string): string;
  title(kind: FollowUpKind, reference: string): string;
  salutation: string;
  closing: string;
  labels: { reference: string; subject: string; pageOf: string };
  paragraphs: Record<FollowUpParagraphId, (context: FollowUpContext) => string>;
  /** Items of the evidence list attached to a complaint. */
  evidence: {
    letter(reference: string, sentOn: string): string;
    proof(channel: SendingChannel): string;
    reply(replyOn: string): string;
    reminder: string;
  };
  /** The text to paste into a form: at most 1,000 characters. */
  short(context: FollowUpContext): string;
  fileNameStem: Record<FollowUpKind, string>;
  /** Names of the complaint's addressee where the data has no single authority. */
  authorities: {
    /** Germany, Land known: "the data protection supervisory authority of Bavaria". */
    germanLand(land: GermanLand): string;
    /** Germany, Land not given. */
    germanGeneral: string;
  };
}
