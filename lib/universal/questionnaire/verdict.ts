import { isKnownCountry } from "@/lib/universal/data/countries";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import type { Verdict } from "@/lib/universal/rules/types";
import type { QuestionnaireDraft } from "./draft";

/** The verdict once country, age and relationship are answered; null before. */
export function verdictFor(draft: QuestionnaireDraft): Verdict | null {
  if (!draft.country || !isKnownCountry(draft.country) || !draft.age || !draft.account) return null;
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
