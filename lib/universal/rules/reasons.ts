import { countryDecision } from "@/lib/universal/data/countries";
import {
  REASON_CODES,
  REASON_KINDS,
  type EligibilityInput,
  type EligibilityStatus,
  type Reason,
  type ReasonCode,
  type ReasonKind,
  type Regime,
} from "./types";

/** The kind of each reason code: blockers stop the letter, caveats change it, infos inform. */
export const REASON_KIND: Readonly<Record<ReasonCode, ReasonKind>> = {
  "outside-scope": "blocker",
  "organization-not-data-subject": "blocker",
  "under-16": "caveat",
  "possible-minor": "caveat",
  "non-member": "caveat",
  "former-member": "info",
  "uk-microsoft-sharing": "info",
  "swiss-law": "info",
  "no-gdpr-region-with-training": "info",
};

const reason = (code: ReasonCode): Reason => ({ code, kind: REASON_KIND[code] });

/** Blockers first, then caveats, then infos; within a kind, the order of REASON_CODES. */
const byKindThenCode = (a: Reason, b: Reason) =>
  REASON_KINDS.indexOf(a.kind) - REASON_KINDS.indexOf(b.kind) ||
  REASON_CODES.indexOf(a.code) - REASON_CODES.indexOf(b.code);

function territoryReasons(regime: Regime, { country }: EligibilityInput): ReasonCode[] {
  if (regime === "none") {
    // Canada and Hong Kong: LinkedIn trains there too, but no law this letter uses applies.
    return countryDecision(country).basis === "linkedin-training-outside-gdpr"
      ? ["outside-scope", "no-gdpr-region-with-training"]
      : ["outside-scope"];
  }
  if (regime === "ch-fadp") return ["swiss-law"];
  if (regime === "uk-gdpr") return ["uk-microsoft-sharing"];
  return [];
}

function personReasons({ age, school, account }: EligibilityInput): ReasonCode[] {
  // An organisation page has no data subject: age and membership questions do not apply to it.
  if (account === "organization") return ["organization-not-data-subject"];
  const codes: ReasonCode[] = [];
  // Under 16 is more than a "possible" minor: LinkedIn does not allow the account at all, and a guardian signs.
  if (age === "under-16") codes.push("under-16");
  // LinkedIn says it does not train on data of members it believes under 18, e.g. in secondary school.
  else if (age === "16-17" || school) codes.push("possible-minor");
  if (account === "non-member") codes.push("non-member");
  if (account === "former-member") codes.push("former-member");
  return codes;
}

function statusOf(reasons: readonly Reason[]): EligibilityStatus {
  if (reasons.some((r) => r.kind === "blocker")) return "not-eligible";
  if (reasons.some((r) => r.kind === "caveat")) return "eligible-with-caveats";
  return "eligible";
}

/** The decision part of a verdict: whether and how the person can object, without the addressees and links. */
export interface Assessment {
  status: EligibilityStatus;
  regime: Regime;
  reasons: Reason[];
}

/**
 * The regime, the reasons and the status for `input`, without the controller, authorities, articles and links
 * that `assessEligibility` adds: what the questionnaire's flow needs in the browser, from the country table only.
 * Throws a RangeError for an unknown country code; validate input first.
 */
export function assessReasons(input: EligibilityInput): Assessment {
  const { regime } = countryDecision(input.country);
  const reasons = [...territoryReasons(regime, input), ...personReasons(input)]
    .map(reason)
    .sort(byKindThenCode);
  return { status: statusOf(reasons), regime, reasons };
}
