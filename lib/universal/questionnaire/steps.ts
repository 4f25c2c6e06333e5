/**
 * The questionnaire's screens, in order. Each has its own URL (`/{locale}/questionnaire/{step}`), so the
 * browser's back button, reloads and shared links all work.
 */
export const STEP_IDS = [
  "country",
  "age",
  "relationship",
  "verdict",
  "data",
  "situation",
  "details",
  "options",
  "signature",
  "review",
  "result",
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The steps that ask something and count in the progress indicator (the result is not a question). */
export const COUNTED_STEPS: readonly StepId[] = STEP_IDS.filter((step) => step !== "result");

/** Steps that are only shown when the person can object (everything after the verdict). */
const LETTER_STEPS: ReadonlySet<StepId> = new Set(STEP_IDS.slice(STEP_IDS.indexOf("data")));

export function isStepId(value: unknown): value is StepId {
  return typeof value === "string" && (STEP_IDS as readonly string[]).includes(value);
}

/** The steps that apply: when the verdict is "not eligible" the flow ends at the verdict. */
export function applicableSteps(eligible: boolean | null): StepId[] {
  return eligible === false ? STEP_IDS.filter((step) => !LETTER_STEPS.has(step)) : [...STEP_IDS];
}

/** The step before `step` in the flow, or null for the first one. */
export function previousStep(step: StepId): StepId | null {
  const index = STEP_IDS.indexOf(step);
  return index > 0 ? (STEP_IDS[index - 1] ?? null) : null;
}

/** The step after `step`, or null when the flow ends there (the result, or the verdict for a "no"). */
export function nextStep(step: StepId, eligible: boolean | null): StepId | null {
  const steps = applicableSteps(eligible);
  const index = steps.indexOf(step);
  return index >= 0 ? (steps[index + 1] ?? null) : null;
}

/** 1-based position and total for the progress indicator ("Step 3 of 10"). */
export function progressOf(step: StepId): { position: number; total: number } {
  const index = COUNTED_STEPS.indexOf(step);
  return { position: index < 0 ? COUNTED_STEPS.length : index + 1, total: COUNTED_STEPS.length };
}

/**
 * Where a person may be: the first applicable step they have not confirmed yet, or `step` itself when
 * every step before it is confirmed. Prefilled answers are not confirmations, so prefilled steps are still shown.
 */
export function reachableStep(step: StepId, completed: readonly StepId[], eligible: boolean | null): StepId {
  const steps = applicableSteps(eligible);
  if (!steps.includes(step)) return steps[steps.length - 1] ?? "country";
  for (const earlier of steps.slice(0, steps.indexOf(step))) {
    if (!completed.includes(earlier)) return earlier;
  }
  return step;
}
