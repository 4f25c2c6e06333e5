import type { Locale } from "@/lib/universal/i18n/locales";
import type { Typography } from "@/lib/universal/i18n/typography";
import type { Regime } from "@/lib/universal/rules/types";

/** The regimes a letter can be written under (`none` never gets a letter). */
export type LetterRegime = Exclude<Regime, "none">;

/**
 * Every paragraph the letter can contain, in the order it appears.
 * The French and English catalogues write the same ids; `buildLetter` picks the ones that apply.
 */
export const PARAGRAPH_IDS = [
  "objection",
  "swiss-prohibition",
  "uk-law",
  "uk-microsoft",
  "data-categories",
  "status-non-member",
  "status-former-member",
  "status-under-16",
  "status-possible-minor",
  "minor-exclusion",
  "child-protection",
  "grounds",
  "situation-creative-work",
  "situation-journalist",
  "situation-job-seeker",
  "situation-special-category",
  "situation-professional-secrecy",
  "situation-harassment-risk",
  "situation-unexpected-use",
  "situation-own-words",
  "compelling-grounds",
  "legitimate-interests",
  "special-category",
  "consent-withdrawal",
  "restriction",
  "erasure",
  "recipients",
  "access",
  "permanence",
  "response-deadline",
  "uk-complaint",
  "scope",
  "data-use",
  "complaint",
] as const;
export type ParagraphId = (typeof PARAGRAPH_IDS)[number];

export interface LetterParagraph {
  id: ParagraphId;
  text: string;
  /** Legal references the paragraph relies on, language-neutral ("GDPR Art. 21(1)"). */
  refs: readonly string[];
  /** Bullet items printed after the text (data categories). */
  items?: readonly string[];
  /**
   * Addresses printed one per line after the text (pages that mention a non-member): identifiers, never
   * hyphenated or split.
   */
  identifiers?: readonly string[];
  /** The person's own words, printed as a quotation after the text. */
  quote?: string;
}

export interface LetterParty {
  /** First line, printed in bold: a person's name or the controller's legal name. */
  name: string;
  lines: readonly string[];
  /**
   * Lines that carry an identifier ("Account e-mail: …", "LinkedIn profile: …"): printed whole, never
   * hyphenated or split, after `lines`.
   */
  identifiers?: readonly string[];
}

export interface LetterSignature {
  /** Name printed under the signature. */
  signer: string;
  /** Role printed under the name ("Parent or guardian"), if any. */
  role?: string;
  kind: "typed" | "drawn";
  /** PNG data URL of a drawn signature. */
  png?: string;
}

/** Words the layout prints around the content, in the letter's language. */
export interface LetterLabels {
  reference: string;
  subject: string;
  /** "Page {page} of {total}" with both placeholders. */
  pageOf: string;
}

/** The letter as data: one model feeds the PDF, the plain text and the short form text. */
export interface LetterModel {
  locale: Locale;
  regime: LetterRegime;
  /** Punctuation of the letter's language (colon, quotation marks, list separator). */
  typography: Typography;
  /** Short non-identifying id, e.g. LI-AI-2026-7K3QXM. */
  reference: string;
  /** ISO date (yyyy-mm-dd). */
  date: string;
  /** "Paris, le 28 novembre 2026" / "Paris, 28 November 2026". */
  placeAndDate: string;
  sender: LetterParty;
  recipient: LetterParty;
  subject: string;
  salutation: string;
  paragraphs: readonly LetterParagraph[];
  closing: string;
  signatures: readonly LetterSignature[];
  labels: LetterLabels;
  /** PDF document title (no personal data). */
  title: string;
  /** Who objects, as the short form text identifies them. */
  identity: { name: string; email?: string; profileUrl?: string };
  /** The person's status for the short form text (minor, guardian, non-member, former member); may be empty. */
  statusNote: string;
}
