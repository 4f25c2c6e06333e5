import { emptyDraft, parseStoredDraft, type QuestionnaireDraft } from "@/lib/universal/questionnaire/draft";

/**
 * The questionnaire's answers, kept only in this tab's sessionStorage: they survive a reload, vanish when the
 * tab closes, and are never sent anywhere. A tiny external store so every step reads the same answers
 * (React's useSyncExternalStore subscribes to it).
 */
export const DRAFT_STORAGE_KEY = "objection-linkedin-ai:draft";
const STORAGE_KEY = DRAFT_STORAGE_KEY;

let current: QuestionnaireDraft | null = null;

/**
 * What the server renders: no answers (they only exist in the browser). Also the answers of a tab that has
 * none yet: the same object, so hydration finds the same answers and does not render the page a second time.
 */
const SERVER_DRAFT = emptyDraft();
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    // Storage can be blocked by the browser's settings: the questionnaire still works for this page view.
    return null;
  }
}

function load(): QuestionnaireDraft {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return SERVER_DRAFT;
  try {
    return parseStoredDraft(JSON.parse(raw));
  } catch {
    return emptyDraft();
  }
}

function save(draft: QuestionnaireDraft): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(draft));
  } catch {
    // A full or blocked storage only loses persistence across reloads, not the answers on screen.
  }
}

function emit(): void {
  for (const listener of listeners) listener();
}

/** The current answers (read from storage once). */
export function getDraft(): QuestionnaireDraft {
  current ??= load();
  return current;
}

export function getServerDraft(): QuestionnaireDraft {
  return SERVER_DRAFT;
}

export function subscribeDraft(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes some answers and stores them at once, so a reload keeps even what is being typed. */
export function updateDraft(
  change: Partial<QuestionnaireDraft> | ((draft: QuestionnaireDraft) => QuestionnaireDraft),
): void {
  const before = getDraft();
  current = typeof change === "function" ? change(before) : { ...before, ...change };
  save(current);
  emit();
}

/** "Erase my answers": removes them from storage and from memory. */
export function eraseDraft(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to erase.
  }
  current = emptyDraft();
  emit();
}
