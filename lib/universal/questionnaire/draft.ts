import { isLocale, type Locale } from "@/lib/universal/i18n/locales";
import { isKnownCountry } from "@/lib/universal/data/countries";
import { isGermanLand, type GermanLand } from "@/lib/universal/data/german-laender";
import {
  ACCOUNT_TYPES,
  AGE_BANDS,
  DATA_CATEGORIES,
  SITUATIONS,
  type AccountType,
  type AgeBand,
  type DataCategory,
  type Situation,
} from "@/lib/universal/rules/types";
import { REFERENCE_PATTERN } from "@/lib/universal/letter/reference-number";
import { isPartnerSlug } from "@/lib/universal/schemas/partner-slug";
import { readPartnerParam, readPrefill, type Params } from "@/lib/universal/sharing/prefill";
import { isStepId, type StepId } from "./steps";

/**
 * Everything the person has answered, as kept in the browser's session storage. Text fields keep exactly
 * what was typed (validation normalises a copy), so an error never changes or wipes the input.
 */
export interface QuestionnaireDraft {
  version: 1;
  country: string | null;
  age: AgeBand | null;
  school: boolean;
  account: AccountType | null;
  dataCategories: DataCategory[];
  situations: Situation[];
  situationText: string;
  firstName: string;
  lastName: string;
  email: string;
  profileUrl: string;
  addressLine1: string;
  addressLine2: string;
  postalCode: string;
  city: string;
  guardianFirstName: string;
  guardianLastName: string;
  /** Germany only: the person's Land, which decides the supervisory authority; null when not chosen. */
  land: GermanLand | null;
  /** Non-members: addresses of pages on LinkedIn that mention them, one per line, as typed. */
  mentions: string;
  /** Language of the letter; null means the page's language. */
  letterLocale: Locale | null;
  place: string;
  /** ISO date; empty means today. */
  date: string;
  signatureMode: "drawn" | "typed";
  /** PNG data URL of the drawn signature, empty when nothing is drawn. */
  signaturePng: string;
  /** Partner slug the person came through (counted, never printed, never a cookie). */
  partner: string | null;
  /** Reference of the letter once generated, so "download again" gives the same letter. */
  reference: string | null;
  /** Reference of the letter already counted, so a letter is counted once. */
  countedReference: string | null;
  /** Steps confirmed with "Continue". */
  completed: StepId[];
}

/** A fresh questionnaire: every kind of data ticked. */
export function emptyDraft(): QuestionnaireDraft {
  return {
    version: 1,
    country: null,
    age: null,
    school: false,
    account: null,
    dataCategories: [...DATA_CATEGORIES],
    situations: [],
    situationText: "",
    firstName: "",
    lastName: "",
    email: "",
    profileUrl: "",
    addressLine1: "",
    addressLine2: "",
    postalCode: "",
    city: "",
    guardianFirstName: "",
    guardianLastName: "",
    land: null,
    mentions: "",
    letterLocale: null,
    place: "",
    date: "",
    signatureMode: "drawn",
    signaturePng: "",
    partner: null,
    reference: null,
    countedReference: null,
    completed: [],
  };
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === "string" && (values as readonly string[]).includes(value);
const isAgeBand = oneOf(AGE_BANDS);
const isAccountType = oneOf(ACCOUNT_TYPES);
const isDataCategory = oneOf(DATA_CATEGORIES);
const isSituation = oneOf(SITUATIONS);

const text = (value: unknown, max = 5000) => (typeof value === "string" ? value.slice(0, max) : "");
const uniqueList = <T>(value: unknown, keep: (item: unknown) => item is T): T[] | null =>
  Array.isArray(value) ? [...new Set(value.filter(keep))] : null;

/**
 * Reads a stored draft defensively: storage is under the person's control (and older versions of the app),
 * so every field is checked and anything unexpected falls back to the empty answer.
 */
export function parseStoredDraft(raw: unknown): QuestionnaireDraft {
  const base = emptyDraft();
  if (typeof raw !== "object" || raw === null) return base;
  const r = raw as Record<string, unknown>;
  if (r.version !== 1) return base;
  return {
    ...base,
    country: isKnownCountry(r.country) ? String(r.country).toUpperCase() : null,
    age: isAgeBand(r.age) ? r.age : null,
    school: r.school === true,
    account: isAccountType(r.account) ? r.account : null,
    dataCategories: uniqueList(r.dataCategories, isDataCategory) ?? base.dataCategories,
    situations: uniqueList(r.situations, isSituation) ?? [],
    situationText: text(r.situationText),
    firstName: text(r.firstName, 500),
    lastName: text(r.lastName, 500),
    email: text(r.email, 500),
    profileUrl: text(r.profileUrl, 500),
    addressLine1: text(r.addressLine1, 500),
    addressLine2: text(r.addressLine2, 500),
    postalCode: text(r.postalCode, 500),
    city: text(r.city, 500),
    guardianFirstName: text(r.guardianFirstName, 500),
    guardianLastName: text(r.guardianLastName, 500),
    land: isGermanLand(r.land) ? r.land : null,
    mentions: text(r.mentions, 5000),
    letterLocale: isLocale(r.letterLocale) ? r.letterLocale : null,
    place: text(r.place, 500),
    date: typeof r.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? r.date : "",
    signatureMode: r.signatureMode === "typed" ? "typed" : "drawn",
    // Kept as is (up to a bound far above the 200 KiB limit): the signature step reports an oversized drawing.
    signaturePng:
      typeof r.signaturePng === "string" && r.signaturePng.length < 2_000_000 ? r.signaturePng : "",
    partner: isPartnerSlug(r.partner) ? r.partner : null,
    reference: typeof r.reference === "string" && REFERENCE_PATTERN.test(r.reference) ? r.reference : null,
    countedReference: typeof r.countedReference === "string" ? r.countedReference.slice(0, 40) : null,
    completed: uniqueList(r.completed, isStepId) ?? [],
  };
}

/**
 * Applies a partner link's prefill (`partner`, `country`, `age`, `account`, `school`, `letter`, read by
 * lib/universal/sharing/prefill.ts) to a draft. Invalid values are ignored one by one; prefilled steps are not
 * marked as confirmed, so the person still sees and confirms each answer. Returns the same object when nothing
 * applies.
 */
export function applyPrefill(draft: QuestionnaireDraft, params: Params): QuestionnaireDraft {
  const { country, age, account, school, letter } = readPrefill(params);
  const partner = readPartnerParam(params);
  const patch: Partial<QuestionnaireDraft> = {
    ...(partner ? { partner } : {}),
    ...(country ? { country } : {}),
    ...(age ? { age } : {}),
    ...(account ? { account } : {}),
    ...(school !== undefined ? { school } : {}),
    ...(letter ? { letterLocale: letter } : {}),
  };
  return Object.keys(patch).length === 0 ? draft : { ...draft, ...patch };
}
