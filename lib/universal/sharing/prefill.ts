import { isKnownCountry, normalizeCountryCode } from "@/lib/universal/data/countries";
import { isLocale, type Locale } from "@/lib/universal/i18n/locales";
import { ACCOUNT_TYPES, AGE_BANDS, type AccountType, type AgeBand } from "@/lib/universal/rules/types";
import { isPartnerSlug } from "@/lib/universal/schemas/partner-slug";

/**
 * Answers a partner link may fill in ahead (`?country=FR&age=18-plus&account=member&school=false&letter=fr`).
 * The questionnaire still shows them for review: a prefill saves typing, it decides nothing.
 */
export interface Prefill {
  country?: string;
  age?: AgeBand;
  account?: AccountType;
  school?: boolean;
  letter?: Locale;
}

/** The query parameters a partner link may carry: the partner, then the answers it fills in. */
export const PREFILL_PARAMS = ["partner", "country", "age", "account", "school", "letter"] as const;

/** A query as Next.js gives it to pages: a repeated parameter is an array (and then ignored as ambiguous). */
export type Params = Readonly<Record<string, string | string[] | undefined>>;

/** The same shape from a URL's search parameters (in the browser). */
export function paramsOf(search: URLSearchParams): Params {
  const params: Record<string, string | string[]> = {};
  for (const name of new Set(search.keys())) {
    const values = search.getAll(name);
    params[name] = values.length === 1 ? (values[0] as string) : values;
  }
  return params;
}

/** Whether a query carries any prefill parameter (so the app knows to read and then remove them). */
export function hasPrefill(params: Params): boolean {
  return PREFILL_PARAMS.some((name) => params[name] !== undefined);
}

function single(params: Params, key: string): string | undefined {
  const value = params[key];
  const text = Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
  return text?.trim().toLowerCase() || undefined;
}

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
  values.find((v) => v === value);

/** Keeps only the valid prefill answers of a query; anything unknown or malformed is silently dropped. */
export function readPrefill(params: Params): Prefill {
  const prefill: Prefill = {};
  const country = single(params, "country");
  if (country && isKnownCountry(country)) prefill.country = normalizeCountryCode(country);
  const age = oneOf(AGE_BANDS, single(params, "age"));
  if (age) prefill.age = age;
  const account = oneOf(ACCOUNT_TYPES, single(params, "account"));
  if (account) prefill.account = account;
  const school = single(params, "school");
  if (school === "true" || school === "false") prefill.school = school === "true";
  const letter = single(params, "letter");
  if (isLocale(letter)) prefill.letter = letter;
  return prefill;
}

/** The partner slug of a query, when it is well-formed. */
export function readPartnerParam(params: Params): string | undefined {
  const slug = single(params, "partner");
  return isPartnerSlug(slug) ? slug : undefined;
}

/** The query string that carries a partner and prefilled answers on to the questionnaire (no leading "?"). */
export function prefillQuery(partner: string | undefined, prefill: Prefill): string {
  const query = new URLSearchParams();
  if (partner) query.set("partner", partner);
  if (prefill.country) query.set("country", prefill.country);
  if (prefill.age) query.set("age", prefill.age);
  if (prefill.account) query.set("account", prefill.account);
  if (prefill.school !== undefined) query.set("school", String(prefill.school));
  if (prefill.letter) query.set("letter", prefill.letter);
  return query.toString();
}

/** `/{locale}/questionnaire?partner=…&country=…` — the contract with the questionnaire. */
export function questionnaireHref(
  locale: Locale,
  partner: string | undefined,
  prefill: Prefill = {},
): string {
  const query = prefillQuery(partner, prefill);
  return `/${locale}/questionnaire${query ? `?${query}` : ""}`;
}

/** The path of a partner's landing page, with optional prefill. */
export function partnerPath(locale: Locale, slug: string, prefill: Prefill = {}): string {
  const query = prefillQuery(undefined, prefill);
  return `/${locale}/p/${encodeURIComponent(slug)}${query ? `?${query}` : ""}`;
}
