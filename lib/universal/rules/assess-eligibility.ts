import { authorityFor, leadAuthorityFor } from "./authority";
import { articlesFor } from "./articles";
import { controllerFor } from "@/lib/universal/data/controllers";
import { countryDecision } from "@/lib/universal/data/countries";
import { LINKEDIN_LINKS } from "@/lib/universal/data/linkedin";
import { regimeFor } from "./regime";
import {
  REASON_CODES,
  REASON_KINDS,
  type EligibilityInput,
  type EligibilityStatus,
  type Reason,
  type ReasonCode,
  type ReasonKind,
  type Verdict,
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

function territoryReasons({ country }: EligibilityInput): ReasonCode[] {
  const { regime, basis } = countryDecision(country);
  if (regime === "none") {
    // Canada and Hong Kong: LinkedIn trains there too, but no law this letter uses applies.
    return basis === "linkedin-training-outside-gdpr"
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

/**
 * Decides whether and how a person can object to LinkedIn's generative-AI training:
 * the regime, the reasons (codes with a kind), the controller, the authorities, the articles and the links.
 * Throws a RangeError for an unknown country code; validate input first.
 */
export function assessEligibility(input: EligibilityInput): Verdict {
  const regime = regimeFor(input.country);
  const reasons = [...territoryReasons(input), ...personReasons(input)].map(reason).sort(byKindThenCode);
  return {
    status: statusOf(reasons),
    regime,
    reasons,
    controller: controllerFor(regime),
    authority: authorityFor(input.country, input.land),
    leadAuthority: leadAuthorityFor(regime),
    articles: articlesFor(regime),
    links: LINKEDIN_LINKS,
    responseDeadline: "P1M",
  };
}
