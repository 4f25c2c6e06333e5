import { isKnownCountry } from "@/lib/universal/data/countries";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { regimeFor } from "@/lib/universal/rules/regime";
import type { Verdict } from "@/lib/universal/rules/types";
import type { QuestionnaireDraft } from "./draft";
import type { FlowOutcome } from "./steps";

/**
 * The verdict once it is known: at once for a country outside the scope (age and account cannot change a "no"
 * there), otherwise once country, age and relationship are answered; null before.
 */
export function verdictFor(draft: QuestionnaireDraft): Verdict | null {
  if (!draft.country || !isKnownCountry(draft.country)) return null;
  if (regimeFor(draft.country) === "none") {
    return assessEligibility({ country: draft.country, age: "18-plus", account: "member", school: false });
  }
  if (!draft.age || !draft.account) return null;
  return assessEligibility({
    country: draft.country,
    age: draft.age,
    account: draft.account,
    school: draft.school,
    land: draft.country === "DE" ? draft.land : null,
  });
}

/** Whether the person can object: true, false, or null while unknown. */
export function eligibilityOf(draft: QuestionnaireDraft): boolean | null {
  const verdict = verdictFor(draft);
  return verdict ? verdict.status !== "not-eligible" : null;
}

/** What the answers decide about the questionnaire's flow (see steps.ts). */
export function flowOutcomeOf(draft: QuestionnaireDraft): FlowOutcome {
  const verdict = verdictFor(draft);
  if (!verdict) return "unknown";
  if (verdict.regime === "none") return "out-of-scope";
  if (verdict.status === "not-eligible") return "no";
  // Caveats and notes (a minor, Swiss law, Microsoft in the UK) deserve the verdict screen; a plain yes does not.
  return verdict.reasons.length > 0 ? "yes-with-notes" : "yes";
}
