import type { Locale } from "@/lib/universal/i18n/locales";
import type { QuestionnaireDraft } from "@/lib/universal/questionnaire/draft";
import { letterOfAnswers, type PreparedLetter } from "./letter-kit";

/** Messages of the letter worker: build the letter of these answers. */
export interface LetterWorkerRequest {
  id: number;
  draft: QuestionnaireDraft;
  pageLocale: Locale;
  today: string;
}
export type LetterWorkerReply = { id: number; ok: true; letter: PreparedLetter } | { id: number; ok: false };

// A dedicated worker's global scope, typed by hand: the project compiles against the DOM library.
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<LetterWorkerRequest>) => void) | null;
  postMessage(reply: LetterWorkerReply): void;
};

/**
 * Validates the answers and builds the letter away from the page's main thread: loading and running the
 * validation (zod) and the builder never hold up the page, which only draws the result.
 */
scope.onmessage = ({ data }) => {
  letterOfAnswers(data.draft, data.pageLocale, data.today).then(
    (letter) => scope.postMessage({ id: data.id, ok: true, letter }),
    // The page builds the letter itself; nothing personal is logged here.
    () => scope.postMessage({ id: data.id, ok: false }),
  );
};
