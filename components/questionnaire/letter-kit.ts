import type { Locale } from "@/lib/universal/i18n/locales";
import { loadLetterCatalog } from "@/lib/universal/letter/catalog/load";
import type { LetterCatalog } from "@/lib/universal/letter/catalog/types";
import { composeLetter } from "@/lib/universal/letter/compose-letter";
import { fileNameOf, shortTextOf } from "@/lib/universal/letter/compose-text";
import type { LetterModel } from "@/lib/universal/letter/model";
import { letterRequestOf } from "@/lib/universal/questionnaire/answers";
import type { QuestionnaireDraft } from "@/lib/universal/questionnaire/draft";
import type { FieldIssue } from "@/lib/universal/questionnaire/fields";
import { assessmentOf } from "@/lib/universal/questionnaire/flow-outcome";
import { verdictFor } from "@/lib/universal/questionnaire/verdict";
import type { Regime, Verdict } from "@/lib/universal/rules/types";

/** The letter and what the steps print from it, built from the answers kept in this tab. */
export interface PreparedLetter {
  model: LetterModel | null;
  verdict: Verdict | null;
  issues: FieldIssue[];
  /** The text for LinkedIn's form (`toShortText`), empty without a letter. */
  shortText: string;
  /** The PDF's download name (`letterFileName`), empty without a letter. */
  fileName: string;
}

/**
 * The letter of the answers, with the wording of its one language loaded for it (see `prepareLetter`).
 */
export async function letterOfAnswers(
  draft: QuestionnaireDraft,
  pageLocale: Locale,
  today: string,
): Promise<PreparedLetter> {
  const regime = assessmentOf(draft)?.regime;
  const catalog = await loadLetterCatalog(draft.letterLocale ?? pageLocale, regime);
  return prepareLetter(draft, pageLocale, catalog, regime, today);
}

/**
 * What the review and result steps load once they know the answers, rather than with the page (in a worker,
 * ./letter.worker.ts, or on the main thread without one): the answers' validation (the API's schema, with
 * zod), the rules' verdict with its authorities, and the letter's builder.
 * The wording comes in apart, one language (`loadLetterCatalog`): `catalog` is the catalogue loaded for the
 * letter's language and `regime` (the regime the answers' country gives, `assessmentOf`, which is the verdict's).
 * The same pure functions as the API's `buildLetter` and `toShortText`, so the preview, the PDF and the short
 * text cannot differ from the letter the API writes.
 */
export function prepareLetter(
  draft: QuestionnaireDraft,
  pageLocale: Locale,
  catalog: LetterCatalog,
  regime: Regime | undefined,
  today: string,
): PreparedLetter {
  const verdict = verdictFor(draft);
  const { request, issues } = letterRequestOf(draft, pageLocale);
  const none = { model: null, verdict, issues, shortText: "", fileName: "" };
  if (!request || !verdict || verdict.status === "not-eligible" || !draft.reference) return none;
  // Never happens (assessmentOf and verdictFor read the same answers and decide the regime alike, which the
  // rules' tests check for every country): a catalogue chosen for another regime writes no letter.
  if (verdict.regime !== regime) return none;
  try {
    const model = composeLetter(request, verdict, { today, reference: draft.reference }, catalog);
    return {
      model,
      verdict,
      issues: [],
      shortText: shortTextOf(model, catalog),
      fileName: fileNameOf(model, catalog),
    };
  } catch {
    return none;
  }
}
