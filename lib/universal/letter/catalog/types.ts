import type { Locale } from "@/lib/universal/i18n/locales";
import type { AccountType, AgeBand, DataCategory } from "@/lib/universal/rules/types";
import type { LetterLabels, LetterRegime, ParagraphId } from "../model";

/** What a paragraph's wording may depend on. Names and authorities are already in the letter's language. */
export interface ParagraphContext {
  regime: LetterRegime;
  account: AccountType;
  age: AgeBand;
  school: boolean;
  /** Parent or guardian's full name (under-16s only). */
  guardianName: string | null;
  /**
   * Supervisory authority for the person's country, or of their Land in Germany. Null for Germany when no
   * Land was chosen: the letter then names "a supervisory authority in Germany (the authority of my Land)".
   */
  authorityName: string | null;
  /** Where `authorityName` comes from. */
  authorityScope: "country" | "land" | "germany";
  /** LinkedIn's lead authority, when it is not already `authorityName`. */
  leadAuthorityName: string | null;
  /** How LinkedIn can reply to the person: the e-mail and postal address given in the sender block. */
  hasEmail: boolean;
  hasPostalAddress: boolean;
  /** Number of pages listed as mentioning a non-member. */
  mentions: number;
}

/** Everything a letter says in one language. French and English implement the same shape and ids. */
export interface LetterCatalog {
  locale: Locale;
  formatDate(isoDate: string): string;
  placeAndDate(place: string | null, dateText: string): string;
  subject(regime: LetterRegime): string;
  title(reference: string): string;
  salutation: string;
  closing: string;
  /**
   * `email` for current members ("account e-mail"), `formerEmail` for former members, `contactEmail` for
   * non-members; `careOf` replaces the controller's "c/o Data Protection Officer" line.
   */
  labels: LetterLabels & {
    email: string;
    formerEmail: string;
    contactEmail: string;
    profile: string;
    guardianRole: string;
    careOf: string;
  };
  categories: Record<DataCategory, string>;
  paragraphs: Record<ParagraphId, (context: ParagraphContext) => string>;
  /** Pieces of the short text for LinkedIn's form (at most 1,000 characters). */
  short: {
    objection(regime: LetterRegime): string;
    /** Who objects when it matters: a minor, an under-16 with the guardian, a non-member, a former member. */
    status(context: ParagraphContext): string;
    situations: Partial<Record<ParagraphId, string>>;
    groundsIntro: string;
    requests(context: Pick<ParagraphContext, "regime">): string;
    reference(reference: string): string;
  };
  /** ASCII file name stem, e.g. "objection-linkedin-ai". */
  fileNameStem: string;
}
