/**
 * Shared vocabulary of the rules library. Pure types: no runtime code, no I/O.
 * The rules return codes and data; sentences come from the message catalogues.
 */

export const AGE_BANDS = ["under-16", "16-17", "18-plus"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const ACCOUNT_TYPES = [
  "member",
  "premium",
  "recruiter",
  "former-member",
  "non-member",
  "organization",
] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const REGIMES = ["eu-gdpr", "ch-fadp", "uk-gdpr", "none"] as const;
export type Regime = (typeof REGIMES)[number];

export const STATUSES = ["eligible", "eligible-with-caveats", "not-eligible"] as const;
export type EligibilityStatus = (typeof STATUSES)[number];

export const REASON_KINDS = ["blocker", "caveat", "info"] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

export const REASON_CODES = [
  "outside-scope",
  "organization-not-data-subject",
  "under-16",
  "possible-minor",
  "non-member",
  "former-member",
  "uk-microsoft-sharing",
  "swiss-law",
  "no-gdpr-region-with-training",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const DATA_CATEGORIES = ["profile", "posts", "groups", "ai-conversations", "resumes"] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const SITUATIONS = [
  "creative-work",
  "journalist",
  "job-seeker",
  "special-category",
  "professional-secrecy",
  "harassment-risk",
  "unexpected-use",
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** ISO 3166-1 alpha-2 code, upper case. */
export type CountryCode = string;

export interface EligibilityInput {
  country: CountryCode;
  age: AgeBand;
  account: AccountType;
  /** In secondary school (or its local equivalent). */
  school: boolean;
  /** Germany only: the person's Land (ISO 3166-2:DE code without "DE-"), which decides the authority. */
  land?: string | null;
}

export interface Reason {
  code: ReasonCode;
  kind: ReasonKind;
}

export interface PostalParty {
  /** Legal name, e.g. "LinkedIn Ireland Unlimited Company". */
  name: string;
  /** Postal address lines, last line is the country, in English as LinkedIn publishes it. */
  address: readonly string[];
  /** Postal block for the Data Protection Officer, line by line, with "c/o Data Protection Officer". */
  dpoPostalBlock: readonly string[];
}

export interface AuthorityRef {
  /** Official name in the local language. */
  name: string;
  nameEn: string;
  nameFr: string;
  nameDe: string;
  nameIt: string;
  /** ISO country code of the authority. */
  country: CountryCode;
  url: string;
  complaintUrl: string;
}

export interface LinkedInLinks {
  objectionForm: string;
  setting: string;
  dpoForm: string;
}

export interface Verdict {
  status: EligibilityStatus;
  regime: Regime;
  reasons: readonly Reason[];
  controller: PostalParty | null;
  authority: AuthorityRef | null;
  leadAuthority: AuthorityRef | null;
  /** Citations such as "GDPR Art. 21(1)", "FADP Art. 30(2)(b)". */
  articles: readonly string[];
  links: LinkedInLinks;
  /** ISO 8601 duration of the controller's response deadline. */
  responseDeadline: "P1M";
}
