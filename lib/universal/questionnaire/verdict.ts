import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import type { Verdict } from "@/lib/universal/rules/types";
import type { QuestionnaireDraft } from "./draft";
import { assessmentOf, eligibilityInputOf } from "./flow-outcome";

export { flowOutcomeOf } from "./flow-outcome";

/**
 * The verdict once it is known: at once for a country outside the scope (age and account cannot change a "no"
 * there), otherwise once country, age and relationship are answered; null before.
 */
export function verdictFor(draft: QuestionnaireDraft): Verdict | null {
  const input = eligibilityInputOf(draft);
  return input ? assessEligibility(input) : null;
}

/** Whether the person can object: true, false, or null while unknown. */
export function eligibilityOf(draft: QuestionnaireDraft): boolean | null {
  const verdict = assessmentOf(draft);
  return verdict ? verdict.status !== "not-eligible" : null;
}
