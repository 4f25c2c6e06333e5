import type { Locale } from "@/lib/universal/i18n/locales";
import { STEP_IDS, type StepId } from "@/lib/universal/questionnaire/steps";
import { MESSAGES, type Messages } from "./messages";

type Namespace = keyof Messages;

/**
 * The messages a subtree's client components need, and nothing more: whatever a provider gets is
 * serialised into every page's HTML, so passing the whole catalogue would add ~40 KB to each page.
 */
export function clientMessages(locale: Locale, namespaces: readonly Namespace[]): Partial<Messages> {
  const all = MESSAGES[locale];
  return Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]])) as Partial<Messages>;
}

/** What every page's client components use: the language switcher (the home page's letter count is rendered on the server). */
export function layoutClientMessages(locale: Locale): Partial<Messages> {
  return { Layout: MESSAGES[locale].Layout };
}

/** The namespaces a step's screen uses besides `Questionnaire` and `Validation`. */
const STEP_NAMESPACES: Record<StepId, readonly Namespace[]> = {
  country: [],
  age: [],
  relationship: [],
  verdict: ["Reasons", "Regimes"],
  data: [],
  // The situation step ends on the verdict's reasons when the answers change it.
  situation: ["Reasons", "Regimes"],
  details: ["LetterDetails"],
  options: [],
  signature: [],
  // Review and result show every answer and the letter, and result the follow-up and the authority.
  review: ["Reasons", "Regimes", "LetterDetails"],
  result: ["Reasons", "Regimes", "LetterDetails", "Dossier", "AuthorityNotes"],
};

/** The `Questionnaire` subtrees of other steps that a step's screen also shows. */
const STEP_ALSO_SHOWS: Partial<Record<StepId, readonly StepId[]>> = {
  situation: ["verdict"],
  review: STEP_IDS,
  result: STEP_IDS,
};

/**
 * What one questionnaire step's client components need: the messages shared by every step (progress,
 * buttons, errors), that step's own subtree (`Questionnaire.<step>`, plus those it also shows), and the
 * validation messages. The other steps' texts stay out of the page: the country step's payload would
 * otherwise carry every question of the questionnaire.
 */
export function stepClientMessages(locale: Locale, step: StepId): Partial<Messages> {
  const all = MESSAGES[locale];
  const shown = new Set<string>([step, ...(STEP_ALSO_SHOWS[step] ?? [])]);
  const stepIds = new Set<string>(STEP_IDS);
  const questionnaire = Object.fromEntries(
    Object.entries(all.Questionnaire).filter(([key]) => !stepIds.has(key) || shown.has(key)),
  ) as Messages["Questionnaire"];
  return {
    ...clientMessages(locale, ["Validation", ...STEP_NAMESPACES[step]]),
    Questionnaire: questionnaire,
  };
}
