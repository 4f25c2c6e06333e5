"use client";

import { useSyncExternalStore } from "react";
import { getDraft, getServerDraft, subscribeDraft } from "@/lib/client/draft-store";
import type { QuestionnaireDraft } from "@/lib/universal/questionnaire/draft";

/** The answers kept in this tab (empty while the page is rendered on the server). */
export function useDraft(): QuestionnaireDraft {
  return useSyncExternalStore(subscribeDraft, getDraft, getServerDraft);
}

const noSubscription = () => () => {};

/** False during server rendering and hydration, true once the browser's answers are readable. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
