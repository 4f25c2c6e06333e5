/**
 * The questionnaire's screens. Each has its own URL (`/{locale}/questionnaire/{step}`), so the browser's back
 * button, reloads and shared links all work.
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

/** The main flow, in order. The data categories and letter options are not in it: review shows their defaults. */
const FLOW: readonly StepId[] = [
  "country",
  "age",
  "relationship",
  "verdict",
  "situation",
  "details",
  "signature",
  "review",
  "result",
];

/** Screens reached from the review's "change" links only; saving them returns to the review. */
export const REVIEW_DETOURS: ReadonlySet<StepId> = new Set<StepId>(["data", "options"]);

/**
 * What the answers so far decide about the flow: not known yet, a plain "yes" (no verdict screen, the next
 * screen says it in one line), a "yes" with caveats or notes to read (the verdict screen explains them), a "no" after the person questions, or
 * a country outside the scope (the verdict follows the country at once).
 */
export type FlowOutcome = "unknown" | "yes" | "yes-with-notes" | "no" | "out-of-scope";

/** The steps that ask something and count in the progress indicator (not the verdict, not the result). */
const COUNTED_STEPS: readonly StepId[] = FLOW.filter((step) => step !== "verdict" && step !== "result");

export function isStepId(value: unknown): value is StepId {
  return typeof value === "string" && (STEP_IDS as readonly string[]).includes(value);
}

/** The steps of the main flow that apply for this outcome. */
export function applicableSteps(outcome: FlowOutcome): StepId[] {
  switch (outcome) {
    case "out-of-scope":
      return ["country", "verdict"];
    case "no":
      return ["country", "age", "relationship", "verdict"];
    case "yes":
      return FLOW.filter((step) => step !== "verdict");
    default:
      return [...FLOW];
  }
}

/**
 * The steps around `step`: for a plain "yes" the verdict screen is skipped, but it stays open (its legal basis is
 * worth reading) between the relationship and the situation.
 */
const stepsAround = (step: StepId, outcome: FlowOutcome): StepId[] =>
  step === "verdict" && outcome === "yes" ? [...FLOW] : applicableSteps(outcome);

/** The step before `step`, or null for the first one; a review detour goes back to the review. */
export function previousStep(step: StepId, outcome: FlowOutcome): StepId | null {
  if (REVIEW_DETOURS.has(step)) return "review";
  const steps = stepsAround(step, outcome);
  const index = steps.indexOf(step);
  return index > 0 ? (steps[index - 1] ?? null) : null;
}

/** The step after `step`, or null when the flow ends there (the result, or the verdict for a "no"). */
export function nextStep(step: StepId, outcome: FlowOutcome): StepId | null {
  if (REVIEW_DETOURS.has(step)) return "review";
  const steps = stepsAround(step, outcome);
  const index = steps.indexOf(step);
  return index >= 0 ? (steps[index + 1] ?? null) : null;
}

/** 1-based position and total for the progress indicator ("Step 3 of 7"); null for uncounted screens. */
export function progressOf(step: StepId): { position: number; total: number } | null {
  const index = COUNTED_STEPS.indexOf(step);
  return index < 0 ? null : { position: index + 1, total: COUNTED_STEPS.length };
}

/**
 * Where a person may be: the first applicable step they have not confirmed yet, or `step` itself when
 * every step before it is confirmed. Prefilled answers are not confirmations, so prefilled steps are still shown.
 * A review detour is open once the questions that decide eligibility are answered.
 */
export function reachableStep(step: StepId, completed: readonly StepId[], outcome: FlowOutcome): StepId {
  if (REVIEW_DETOURS.has(step) || (step === "verdict" && outcome === "yes")) {
    const gate = reachableStep("situation", completed, outcome);
    return gate === "situation" ? step : gate;
  }
  const steps = applicableSteps(outcome);
  if (!steps.includes(step)) return steps[steps.length - 1] ?? "country";
  for (const earlier of steps.slice(0, steps.indexOf(step))) {
    if (!completed.includes(earlier)) return earlier;
  }
  return step;
}
