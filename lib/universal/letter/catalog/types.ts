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
  /** Supervisory authority for the person's country. */
  authorityName: string | null;
  /** LinkedIn's lead authority, when it is not already `authorityName`. */
  leadAuthorityName: string | null;
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
  /** `email` for current members ("account e-mail"), `contactEmail` for former and non-members. */
  labels: LetterLabels & { email: string; contactEmail: string; profile: string; guardianRole: string };
  categories: Record<DataCategory, string>;
  paragraphs: Record<ParagraphId, (context: ParagraphContext) => string>;
  /** Pieces of the short text for LinkedIn's form (at most 1,000 characters). */
  short: {
    objection(regime: LetterRegime): string;
    situations: Partial<Record<ParagraphId, string>>;
    groundsIntro: string;
    requests(regime: LetterRegime): string;
    reference(reference: string): string;
  };
  /** ASCII file name stem, e.g. "objection-linkedin-ai". */
  fileNameStem: string;
}
