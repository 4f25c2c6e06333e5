import { z } from "zod";
import "./zod-config";
import { isKnownCountry, normalizeCountryCode } from "@/lib/universal/data/countries";
import { ACCOUNT_TYPES, AGE_BANDS } from "@/lib/universal/rules/types";

/**
 * The query of `GET /api/v1/eligibility`, also usable by the questionnaire with real booleans.
 * Issue messages are message keys (`Validation.*`, `ApiErrors.*`), translated in the request's locale.
 * Values are case-insensitive and trimmed; unknown parameters are ignored so cache-busters do no harm.
 */

export const ELIGIBILITY_QUERY_KEYS = {
  required: "Validation.required",
  choice: "Validation.choice",
  country: "Validation.country",
  repeated: "ApiErrors.repeated",
} as const;
export type EligibilityQueryKey = (typeof ELIGIBILITY_QUERY_KEYS)[keyof typeof ELIGIBILITY_QUERY_KEYS];

const K = ELIGIBILITY_QUERY_KEYS;

/** Missing → `required`; the same parameter given twice (an array) → `repeated`; anything else → `key`. */
function keyed(key: EligibilityQueryKey) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? K.required : Array.isArray(issue.input) ? K.repeated : key,
  };
}

const notEmpty = (value: string) => value.length > 0;

function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string(keyed(K.choice))
    .trim()
    .toLowerCase()
    .refine(notEmpty, { error: K.required, abort: true })
    .pipe(z.enum(values, { error: K.choice }));
}

/** An ISO 3166-1 alpha-2 code the app has decided a regime for, any case; output is upper case. */
export const ZCountryCode = z
  .string(keyed(K.country))
  .trim()
  .refine(notEmpty, { error: K.required, abort: true })
  .refine(isKnownCountry, { error: K.country, abort: true })
  .transform(normalizeCountryCode);

const schoolFlag = z.union([z.boolean(), choice(["true", "false"]).transform((value) => value === "true")], {
  error: (issue) => (Array.isArray(issue.input) ? K.repeated : K.choice),
});

export const ZEligibilityQuery = z.object({
  country: ZCountryCode,
  age: choice(AGE_BANDS),
  account: choice(ACCOUNT_TYPES),
  /** In secondary school (or its local equivalent); absent means false. */
  school: schoolFlag.default(false),
});

const QUERY_PARAMETERS = ["country", "age", "account", "school"] as const;

/**
 * Turns URL search parameters into the schema's input: a parameter given once is a string, given more than
 * once an array (which the schema reports as `repeated`), absent undefined.
 */
export function eligibilityQueryInput(
  params: URLSearchParams,
): Record<string, string | string[] | undefined> {
  const input: Record<string, string | string[] | undefined> = {};
  for (const name of QUERY_PARAMETERS) {
    const values = params.getAll(name);
    input[name] = values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
  }
  return input;
}
