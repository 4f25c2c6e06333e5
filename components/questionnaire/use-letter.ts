"use client";

import { useLocale } from "next-intl";
import { startTransition, useEffect, useState } from "react";
import { getDraft, updateDraft } from "@/lib/client/draft-store";
import { localIsoDate } from "@/lib/client/local-date";
import { isLocale, toLocale, type Locale } from "@/lib/universal/i18n/locales";
import { loadLetterCatalog } from "@/lib/universal/letter/catalog/load";
import { newLetterReference } from "@/lib/universal/letter/reference-number";
import type { QuestionnaireDraft } from "@/lib/universal/questionnaire/draft";
import { assessmentOf } from "@/lib/universal/questionnaire/flow-outcome";
import type { PreparedLetter } from "./letter-kit";
import { useDraft } from "./use-draft";

export interface LetterState extends PreparedLetter {
  /** False until the letter (or the answers' issues) is known: the step stays hidden meanwhile (DraftReveal). */
  ready: boolean;
}

const PENDING: LetterState = {
  ready: false,
  model: null,
  verdict: null,
  issues: [],
  shortText: "",
  fileName: "",
};

/**
 * The code that builds the letter (./letter-kit.ts: validation, verdict, builder) and the wording of the
 * letter's one language, loaded side by side. Loading them again returns the modules already loaded.
 */
function letterCode(draft: QuestionnaireDraft, pageLocale: Locale) {
  const regime = assessmentOf(draft)?.regime;
  const letterLocale = draft.letterLocale ?? pageLocale;
  return Promise.all([import("./letter-kit"), loadLetterCatalog(letterLocale, regime)]).then(
    ([kit, catalog]) => ({ kit, catalog, regime }),
  );
}

async function letterOf(draft: QuestionnaireDraft, pageLocale: Locale): Promise<LetterState> {
  try {
    const { kit, catalog, regime } = await letterCode(draft, pageLocale);
    // The modules were evaluated in the task that loaded them: the letter is built in a task of its own.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { ready: true, ...kit.prepareLetter(draft, pageLocale, catalog, regime, localIsoDate()) };
  } catch {
    // The code could not be loaded (the connection dropped): the step shows its answers without the letter.
    return { ...PENDING, ready: true };
  }
}

// The answers are in this tab before React starts: the download begins as soon as the page's code runs, in
// parallel with hydration, rather than after it. The page's language is the document's.
if (typeof window !== "undefined") {
  const draft = getDraft();
  const lang = document.documentElement.lang;
  if (draft.completed.length > 0 && isLocale(lang)) void letterCode(draft, lang).catch(() => undefined);
}

/**
 * The letter built in the browser from the answers, with the same pure functions the API uses, so the preview,
 * the PDF and the short text cannot differ. A reference is drawn once and kept with the answers, so downloading
 * again gives the same letter. While a change of the answers is being built, the letter already built stays.
 */
export function useLetter(): LetterState {
  const draft = useDraft();
  const locale = toLocale(useLocale());
  const [state, setState] = useState<LetterState>(PENDING);

  useEffect(() => {
    if (!getDraft().reference) updateDraft({ reference: newLetterReference(localIsoDate()) });
  }, []);

  useEffect(() => {
    // The answers as the server saw them (none) while hydrating, or no reference yet (drawn just above).
    if (!draft.reference) return;
    let live = true;
    void letterOf(draft, locale).then((next) => {
      // A transition: React draws the letter in slices and lets the browser answer in between.
      if (live) startTransition(() => setState(next));
    });
    return () => {
      live = false;
    };
  }, [draft, locale]);

  return state;
}
