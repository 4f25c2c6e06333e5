import { z } from "zod";
import "@/lib/universal/schemas/zod-config";
import { LOCALES } from "@/lib/universal/i18n/locales";
import {
  ACCOUNT_TYPES,
  AGE_BANDS,
  REASON_CODES,
  REASON_KINDS,
  REGIMES,
  STATUSES,
} from "@/lib/universal/rules/types";
import { ZCountryCode } from "@/lib/universal/schemas/eligibility-query";
import { PARTNER_SLUG_PATTERN } from "@/lib/universal/schemas/partner";
import { REFERENCE_PATTERN } from "@/lib/universal/letter/reference-number";

/**
 * Schemas of what the API answers, for its OpenAPI document. Requests are validated by the schemas in
 * lib/universal/schemas (the document is generated from them); responses are built by the route handlers,
 * and tests check real responses against these schemas so the document cannot drift from the code.
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const countryCode = z.string().regex(/^[A-Z]{2}$/);

/** Every error: `{ error, message, issues? }`, plus `reasons` for `not-eligible`. */
export const ZApiError = z.object({
  error: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  reasons: z
    .array(z.object({ code: z.enum(REASON_CODES), kind: z.enum(REASON_KINDS), message: z.string() }))
    .optional(),
  availableFrom: isoDay.optional(),
});

const authority = z.object({
  name: z.string(),
  localName: z.string(),
  acronym: z.string().optional(),
  country: countryCode,
  url: z.url(),
  complaintUrl: z.url(),
});

export const ZEligibilityResponse = z.object({
  status: z.enum(STATUSES),
  regime: z.enum(REGIMES),
  reasons: z.array(
    z.object({
      code: z.enum(REASON_CODES),
      kind: z.enum(REASON_KINDS),
      title: z.string(),
      message: z.string(),
      action: z.string(),
    }),
  ),
  controller: z.object({ name: z.string(), address: z.array(z.string()) }).nullable(),
  authority: authority.nullable(),
  leadAuthority: authority.nullable(),
  articles: z.array(z.string()),
  links: z.object({ objectionForm: z.url(), setting: z.url(), dpoForm: z.url() }),
  responseDeadline: z.literal("P1M"),
});

export const ZLetterText = z.object({
  subject: z.string(),
  body: z.string(),
  short: z.string().max(1000),
  reference: z.string().regex(REFERENCE_PATTERN),
});

export const ZPublicStats = z.object({
  letters: z.int().nonnegative(),
  byCountry: z.record(z.string(), z.int().nonnegative()),
  since: isoDay,
});

export const ZPartner = z.object({
  slug: z.string().regex(PARTNER_SLUG_PATTERN),
  name: z.string(),
  url: z.url(),
  defaultLocale: z.enum(LOCALES),
});

export const ZPartnerStats = z.object({
  partner: z.string().regex(PARTNER_SLUG_PATTERN),
  letters: z.int().nonnegative(),
  since: isoDay.nullable(),
  byDay: z.array(z.object({ day: isoDay, count: z.int().nonnegative() })),
  byLocale: z.record(z.string(), z.int().nonnegative()),
  byCountry: z.record(z.string(), z.int().nonnegative()),
});

/** The query parameters of `GET /api/v1/eligibility`, one schema each (the route parses them together). */
export const eligibilityParameters = {
  country: ZCountryCode,
  age: z.enum(AGE_BANDS),
  account: z.enum(ACCOUNT_TYPES),
  school: z.enum(["true", "false"]),
};

/* Responses of the follow-up routes; their requests are validated by lib/universal/deadline/schema.ts and
 * lib/universal/follow-up/schema.ts, which the registry uses as they are. */
export const ZDeadlineResponse = z.object({
  regime: z.enum(REGIMES),
  receivedOn: isoDay,
  receiptAssumed: z.boolean(),
  deadline: isoDay,
  extendedDeadline: isoDay,
  acknowledgementBy: isoDay.optional(),
  basis: z.array(z.string()),
});

export const ZFollowUpText = z.object({
  subject: z.string(),
  body: z.string(),
  short: z.string(),
  addressee: z.object({ name: z.string(), url: z.url().optional() }),
  reference: z.string().regex(REFERENCE_PATTERN),
});
