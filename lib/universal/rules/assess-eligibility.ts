import { authorityFor, leadAuthorityFor } from "./authority";
import { articlesFor } from "./articles";
import { controllerFor } from "@/lib/universal/data/controllers";
import { LINKEDIN_LINKS } from "@/lib/universal/data/linkedin";
import { assessReasons } from "./reasons";
import type { EligibilityInput, Verdict } from "./types";

export { REASON_KIND } from "./reasons";

/**
 * Decides whether and how a person can object to LinkedIn's generative-AI training:
 * the regime, the reasons (codes with a kind), the controller, the authorities, the articles and the links.
 * Throws a RangeError for an unknown country code; validate input first.
 */
export function assessEligibility(input: EligibilityInput): Verdict {
  const { status, regime, reasons } = assessReasons(input);
  return {
    status,
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
