import { isLocale } from "@/lib/universal/i18n/locales";
import { REFERENCE_PATTERN } from "@/lib/universal/letter/reference-number";
import { parseStoredDraft, type QuestionnaireDraft } from "@/lib/universal/questionnaire/draft";
import { verdictFor } from "@/lib/universal/questionnaire/verdict";
import type { TDossier } from "./dossier";

/** The dossier file's format name (also written into every dossier). */
export const DOSSIER_FORMAT = "objection-linkedin-ai/dossier";

/**
 * Whether a dossier's answers describe the letter it names, for someone in scope: the check the dossier schema
 * applies to every stored or imported file (./dossier.ts) and `newDossier` to the one it makes.
 */
export function answersDescribeLetter(answers: unknown, reference: string): boolean {
  const draft = parseStoredDraft(answers);
  const verdict = verdictFor(draft);
  return draft.reference === reference && verdict !== null && verdict.status !== "not-eligible";
}

/**
 * A new dossier for the letter just made, or null when the answers do not make a letter. The draft comes from
 * the questionnaire (already read defensively), not from outside, so this builds the dossier with the same
 * checks as the dossier schema (./dossier.ts) without loading it: the result page stays light. The tests check
 * that the schema keeps every dossier made here unchanged and refuses none.
 */
export function newDossier(
  draft: QuestionnaireDraft,
  letterLocale: TDossier["letterLocale"],
): TDossier | null {
  if (!draft.reference || !isLocale(letterLocale)) return null;
  // As the schema reads a reference: trimmed, in capitals, in the letter's pattern.
  const reference = draft.reference.trim().toUpperCase();
  if (!REFERENCE_PATTERN.test(reference)) return null;
  if (!answersDescribeLetter(draft, reference)) return null;
  return {
    format: DOSSIER_FORMAT,
    version: 1,
    reference,
    letterLocale,
    answers: { ...draft },
    sending: null,
    answer: null,
  };
}
