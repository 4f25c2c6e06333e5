import { z } from "zod";
import "./zod-config";
import { LOCALES } from "@/lib/universal/i18n/locales";
import { ACCOUNT_TYPES, AGE_BANDS, DATA_CATEGORIES, SITUATIONS } from "@/lib/universal/rules/types";
import { isGermanLand } from "@/lib/universal/data/authorities";
import { REFERENCE_PATTERN } from "@/lib/universal/letter/reference-number";
import { ZCountryCode } from "./eligibility-query";
import { PARTNER_SLUG_PATTERN } from "./partner-slug";
import { pngDataUrlProblem } from "./png-data-url";
import { isLatinName, isPrintableLine, isPrintableText, normalizeText } from "./text-rules";

/**
 * The body of `POST /api/v1/letter` and `/letter/text`, also the questionnaire's
 * final answers. Issue messages are stable keys of the `Validation` message namespace, translated
 * by `localizeIssues`; unknown keys are stripped so partners can send extra fields safely.
 */

import {
  ADDRESS_LINES_MAX,
  EARLIEST_LETTER_DATE,
  EMAIL_MAX,
  LINE_MAX,
  MENTIONS_MAX,
  NAME_MAX,
  SITUATION_TEXT_MAX,
  URL_MAX,
} from "./letter-limits";

export const VALIDATION_KEYS = {
  required: "Validation.required",
  invalid: "Validation.invalid",
  choice: "Validation.choice",
  country: "Validation.country",
  nameInvalid: "Validation.name.invalid",
  nameTooLong: "Validation.name.tooLong",
  emailInvalid: "Validation.email.invalid",
  emailRequired: "Validation.email.required",
  profileUrlInvalid: "Validation.profileUrl.invalid",
  textTooLong: "Validation.text.tooLong",
  textCharacters: "Validation.text.characters",
  addressLines: "Validation.address.lines",
  dateInvalid: "Validation.date.invalid",
  dateTooEarly: "Validation.date.tooEarly",
  dateInFuture: "Validation.date.inFuture",
  signatureInvalid: "Validation.signature.invalid",
  signatureTooLarge: "Validation.signature.tooLarge",
  signatureNotPng: "Validation.signature.notPng",
  guardianRequired: "Validation.guardian.required",
  categoriesEmpty: "Validation.dataCategories.empty",
  partnerInvalid: "Validation.partner.invalid",
  replyChannelRequired: "Validation.replyChannel.required",
  mentionsInvalid: "Validation.mentions.invalid",
  mentionsTooMany: "Validation.mentions.tooMany",
  mentionsNonMemberOnly: "Validation.mentions.nonMemberOnly",
  landInvalid: "Validation.land.invalid",
  landGermanyOnly: "Validation.land.germanyOnly",
  referenceInvalid: "Validation.reference.invalid",
} as const;
export type ValidationKey = (typeof VALIDATION_KEYS)[keyof typeof VALIDATION_KEYS];

const K = VALIDATION_KEYS;

/** Missing values get `required`, wrong types the field's own key. */
function keyed(key: ValidationKey) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? K.required : key) };
}

const name = z
  .string(keyed(K.nameInvalid))
  .transform(normalizeText)
  .pipe(
    z
      .string()
      .min(1, { error: K.required })
      .max(NAME_MAX, { error: K.nameTooLong })
      // An empty name is reported once, as required (an aborting check would also skip the cross-field rules).
      .refine((value) => value.length === 0 || isLatinName(value), { error: K.nameInvalid }),
  );

function line(max: number) {
  return z
    .string(keyed(K.textCharacters))
    .transform(normalizeText)
    .pipe(z.string().max(max, { error: K.textTooLong }).refine(isPrintableLine, { error: K.textCharacters }));
}

const optionalLine = (max: number) =>
  line(max)
    .optional()
    .transform((value) => (value ? value : undefined));

const email = z
  .string(keyed(K.emailInvalid))
  .transform((value) => value.trim())
  .pipe(z.email({ error: K.emailInvalid }).max(EMAIL_MAX, { error: K.emailInvalid }));

/** https only, on linkedin.com or one of its subdomains (fr.linkedin.com), no credentials. */
export function isLinkedInProfileUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  return (
    url.protocol === "https:" &&
    !url.username &&
    !url.password &&
    (url.port === "" || url.port === "443") &&
    (host === "linkedin.com" || host.endsWith(".linkedin.com"))
  );
}

const profileUrl = z
  .string(keyed(K.profileUrlInvalid))
  .transform((value) => value.trim())
  .pipe(
    z
      .string()
      .max(URL_MAX, { error: K.profileUrlInvalid })
      .refine(isPrintableLine, { error: K.profileUrlInvalid })
      .refine(isLinkedInProfileUrl, { error: K.profileUrlInvalid }),
  );

/** A page on linkedin.com that mentions a non-member (a post, an article, a profile). */
const mention = z
  .string(keyed(K.mentionsInvalid))
  .transform((value) => value.trim())
  .pipe(
    z
      .string()
      .max(URL_MAX, { error: K.mentionsInvalid })
      .refine(isPrintableLine, { error: K.mentionsInvalid })
      .refine(isLinkedInProfileUrl, { error: K.mentionsInvalid }),
  );

/** "BY", "by" or "DE-BY" → "BY"; anything else is refused. */
const land = z
  .string(keyed(K.landInvalid))
  .transform((value) => value.trim().toUpperCase().replace(/^DE-/, ""))
  .pipe(z.string().refine(isGermanLand, { error: K.landInvalid }));

function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Tomorrow in UTC: a person east of Greenwich may already live on the next calendar day. */
function latestAllowedDate(): string {
  return new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const date = z
  .string(keyed(K.dateInvalid))
  .refine(isIsoDate, { error: K.dateInvalid })
  .refine((value) => !isIsoDate(value) || value >= EARLIEST_LETTER_DATE, { error: K.dateTooEarly })
  .refine((value) => !isIsoDate(value) || value <= latestAllowedDate(), { error: K.dateInFuture });

const signature = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("typed") }),
    z.object({
      type: z.literal("drawn"),
      png: z.string(keyed(K.signatureInvalid)).superRefine((value, ctx) => {
        const problem = pngDataUrlProblem(value);
        if (problem === "too-large") ctx.addIssue({ code: "custom", message: K.signatureTooLarge });
        else if (problem === "not-png") ctx.addIssue({ code: "custom", message: K.signatureNotPng });
        else if (problem) ctx.addIssue({ code: "custom", message: K.signatureInvalid });
      }),
    }),
  ],
  keyed(K.signatureInvalid),
);

/** A list of choices, duplicates dropped, order kept. */
function choices<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.enum(values, { error: K.choice }), keyed(K.choice))
    .max(values.length * 2, { error: K.choice })
    .transform((list) => [...new Set(list)]);
}

const postalAddress = z.object(
  {
    lines: z
      .array(line(LINE_MAX), keyed(K.addressLines))
      .max(ADDRESS_LINES_MAX, { error: K.addressLines })
      .transform((lines) => lines.filter((value) => value.length > 0)),
    postalCode: optionalLine(20),
    city: optionalLine(LINE_MAX),
    country: ZCountryCode.optional(),
  },
  keyed(K.invalid),
);

const guardian = z.object({ firstName: name, lastName: name }, keyed(K.guardianRequired));

export const ZLetterRequest = z
  .object(
    {
      letterLocale: z.enum(LOCALES, keyed(K.choice)),
      country: ZCountryCode,
      age: z.enum(AGE_BANDS, keyed(K.choice)),
      account: z.enum(ACCOUNT_TYPES, keyed(K.choice)),
      school: z.boolean(keyed(K.invalid)).default(false),
      firstName: name,
      lastName: name,
      email: email.optional(),
      profileUrl: profileUrl.optional(),
      postalAddress: postalAddress.optional(),
      dataCategories: choices(DATA_CATEGORIES)
        .refine((list) => list.length > 0, { error: K.categoriesEmpty })
        .optional(),
      situations: choices(SITUATIONS).default([]),
      situationText: z
        .string(keyed(K.textCharacters))
        .transform(normalizeText)
        .pipe(
          z
            .string()
            .max(SITUATION_TEXT_MAX, { error: K.textTooLong })
            .refine(isPrintableText, { error: K.textCharacters }),
        )
        .optional(),
      place: optionalLine(LINE_MAX),
      date: date.optional(),
      signature: signature.default({ type: "typed" }),
      guardian: guardian.optional(),
      /** Non-members: pages on linkedin.com that mention them, so that LinkedIn can find the data. */
      mentions: z
        .array(mention, keyed(K.mentionsInvalid))
        .max(MENTIONS_MAX, { error: K.mentionsTooMany })
        .transform((list) => [...new Set(list)])
        .optional(),
      /** Germany only: the person's Land, which decides the supervisory authority named in the letter. */
      land: land.optional(),
      /** Reuse a reference, so that the PDF and the text of the same letter carry the same one. */
      reference: z
        .string(keyed(K.referenceInvalid))
        .regex(REFERENCE_PATTERN, { error: K.referenceInvalid })
        .optional(),
      /** Partner slug when the letter comes through a partner page (counted, never printed). */
      partner: z
        .string(keyed(K.partnerInvalid))
        .regex(PARTNER_SLUG_PATTERN, { error: K.partnerInvalid })
        .optional(),
    },
    keyed(K.invalid),
  )
  // Cross-field rules run even when another field failed, so the person sees every problem at once.
  .superRefine(
    (value, ctx) => {
      if (value.account !== "non-member" && !value.email) {
        ctx.addIssue({ code: "custom", path: ["email"], message: K.emailRequired });
      }
      // A non-member has no account e-mail: without another way to reply, LinkedIn could not answer.
      if (value.account === "non-member" && !value.email && !hasPostalAddress(value.postalAddress)) {
        ctx.addIssue({ code: "custom", path: ["email"], message: K.replyChannelRequired });
      }
      if (value.mentions && value.mentions.length > 0 && value.account !== "non-member") {
        ctx.addIssue({ code: "custom", path: ["mentions"], message: K.mentionsNonMemberOnly });
      }
      if (value.land && value.country !== "DE") {
        ctx.addIssue({ code: "custom", path: ["land"], message: K.landGermanyOnly });
      }
      if (value.age === "under-16" && !value.guardian) {
        ctx.addIssue({ code: "custom", path: ["guardian"], message: K.guardianRequired });
      }
    },
    {
      when: (payload) =>
        typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value),
    },
  );

/** A postal address LinkedIn can write to: at least one street line and a town. */
export function hasPostalAddress(address: { lines?: readonly string[]; city?: string } | undefined): boolean {
  return Boolean(address && (address.lines?.length ?? 0) > 0 && address.city);
}

/** A letter request as it arrives (before defaults). */
export type TLetterRequestInput = z.input<typeof ZLetterRequest>;
/** A validated letter request (defaults applied, text normalised). */
export type TLetterRequest = z.output<typeof ZLetterRequest>;
