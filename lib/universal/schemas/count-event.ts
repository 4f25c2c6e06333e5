import { z } from "zod";
import "./zod-config";
import { LOCALES } from "@/lib/universal/i18n/locales";
import { ZCountryCode } from "./eligibility-query";
import { PARTNER_SLUG_PATTERN } from "./partner";

/**
 * The body of `POST /api/v1/count`: one generated letter, described by its country, its language and
 * the partner whose link was followed. Nothing else is accepted or kept (unknown keys are stripped),
 * so no event can carry anything about the person.
 */
export const ZCountEvent = z.object(
  {
    country: ZCountryCode,
    locale: z.enum(LOCALES, {
      error: (issue) => (issue.input === undefined ? "Validation.required" : "Validation.choice"),
    }),
    /** Absent, null or "" when the letter was not made through a partner link. */
    partner: z
      .union([z.literal(""), z.null(), z.string().regex(PARTNER_SLUG_PATTERN)], {
        error: "Validation.partner.invalid",
      })
      .optional()
      .transform((value) => value || undefined),
  },
  { error: "Validation.invalid" },
);
