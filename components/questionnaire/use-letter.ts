"use client";

import { useLocale } from "next-intl";
import { useEffect, useMemo } from "react";
import { getDraft, updateDraft } from "@/lib/client/draft-store";
import { localIsoDate } from "@/lib/client/local-date";
import { buildLetter } from "@/lib/universal/letter/build-letter";
import type { LetterModel } from "@/lib/universal/letter/model";
import { newLetterReference } from "@/lib/universal/letter/reference-number";
import { letterRequestOf } from "@/lib/universal/questionnaire/answers";
import type { FieldIssue } from "@/lib/universal/questionnaire/fields";
import { verdictFor } from "@/lib/universal/questionnaire/verdict";
import type { Verdict } from "@/lib/universal/rules/types";
import { useDraft } from "./use-draft";

export interface LetterState {
  model: LetterModel | null;
  verdict: Verdict | null;
  issues: FieldIssue[];
}

/**
 * The letter built in the browser from the answers, with the same pure function the API uses, so the preview,
 * the PDF and the short text cannot differ. A reference is drawn once and kept with the answers, so downloading
 * again gives the same letter.
 */
export function useLetter(): LetterState {
  const draft = useDraft();
  const locale = useLocale();

  useEffect(() => {
    if (!getDraft().reference) updateDraft({ reference: newLetterReference(localIsoDate()) });
  }, []);

  return useMemo(() => {
    const verdict = verdictFor(draft);
    const { request, issues } = letterRequestOf(draft, locale);
    if (!request || !verdict || verdict.status === "not-eligible" || !draft.reference) {
      return { model: null, verdict, issues };
    }
    try {
      const model = buildLetter(request, verdict, { today: localIsoDate(), reference: draft.reference });
      return { model, verdict, issues: [] };
    } catch {
      return { model: null, verdict, issues };
    }
  }, [draft, locale]);
}
