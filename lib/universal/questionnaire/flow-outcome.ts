import { isKnownCountry } from "@/lib/universal/data/countries";
import { assessReasons, type Assessment } from "@/lib/universal/rules/reasons";
import { regimeFor } from "@/lib/universal/rules/regime";
import type { EligibilityInput } from "@/lib/universal/rules/types";
import type { QuestionnaireDraft } from "./draft";
import type { FlowOutcome } from "./steps";

/**
 * What the rules need from the answers once they are known: at once for a country outside the scope (age and
 * account cannot change a "no" there), otherwise once country, age and relationship are answered; null before.
 */
export function eligibilityInputOf(draft: QuestionnaireDraft): EligibilityInput | null {
  if (!draft.country || !isKnownCountry(draft.country)) return null;
  if (regimeFor(draft.country) === "none") {
    return { country: draft.country, age: "18-plus", account: "member", school: false };
  }
  if (!draft.age || !draft.account) return null;
  return {
    country: draft.country,
    age: draft.age,
    account: draft.account,
    school: draft.school,
    land: draft.country === "DE" ? draft.land : null,
  };
}

/** The decision (status, regime, reasons) once it is known, without the addressees: see `verdictFor`. */
export function assessmentOf(draft: QuestionnaireDraft): Assessment | null {
  const input = eligibilityInputOf(draft);
  return input ? assessReasons(input) : null;
}

/**
 * What the answers decide about the questionnaire's flow (see steps.ts). Every step computes it in the browser,
 * so it stays on the country table and leaves the authorities, controllers and articles to the screens that
 * show them.
 */
export function flowOutcomeOf(draft: QuestionnaireDraft): FlowOutcome {
  const verdict = assessmentOf(draft);
  if (!verdict) return "unknown";
  if (verdict.regime === "none") return "out-of-scope";
  if (verdict.status === "not-eligible") return "no";
  // Caveats and notes (a minor, Swiss law, Microsoft in the UK) deserve the verdict screen; a plain yes does not.
  return verdict.reasons.length > 0 ? "yes-with-notes" : "yes";
}
