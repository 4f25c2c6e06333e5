"use client";

import { useLocale } from "next-intl";
import { startTransition, useEffect, useState } from "react";
import { getDraft, updateDraft } from "@/lib/client/draft-store";
import { localIsoDate } from "@/lib/client/local-date";
import { isLocale, toLocale, type Locale } from "@/lib/universal/i18n/locales";
import { newLetterReference } from "@/lib/universal/letter/reference-number";
import type { QuestionnaireDraft } from "@/lib/universal/questionnaire/draft";
import type { PreparedLetter } from "./letter-kit";
import type { LetterWorkerReply, LetterWorkerRequest } from "./letter.worker";
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
const WORKER_TIMEOUT_MS = 10_000;

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, (reply: LetterWorkerReply | null) => void>();

/** The worker that builds letters (./letter.worker.ts), started once; null where none can start. */
function letterWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL("./letter.worker.ts", import.meta.url), { type: "module", name: "letter" });
    worker.onmessage = ({ data }: MessageEvent<LetterWorkerReply>) => {
      pending.get(data.id)?.(data);
      pending.delete(data.id);
    };
    worker.onerror = () => {
      // The worker's script did not load or crashed: from now on the page builds the letter itself.
      worker?.terminate();
      worker = null;
      for (const settle of pending.values()) settle(null);
      pending.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

function inWorker(draft: QuestionnaireDraft, pageLocale: Locale, today: string): Promise<PreparedLetter> {
  const target = letterWorker();
  if (!target) return Promise.reject(new Error("no letter worker"));
  const id = nextId++;
  return new Promise<PreparedLetter>((resolve, reject) => {
    const timer = setTimeout(() => pending.get(id)?.(null), WORKER_TIMEOUT_MS);
    pending.set(id, (reply) => {
      clearTimeout(timer);
      pending.delete(id);
      if (reply?.ok) resolve(reply.letter);
      else reject(new Error("the letter worker did not answer"));
    });
    target.postMessage({ id, draft, pageLocale, today } satisfies LetterWorkerRequest);
  });
}

/**
 * The letter of these answers: validated and built in the worker, or on the main thread with the same code
 * (./letter-kit.ts, the wording of the letter's one language) where the worker cannot run.
 */
async function letterOf(draft: QuestionnaireDraft, pageLocale: Locale): Promise<LetterState> {
  const today = localIsoDate();
  try {
    const letter = await inWorker(draft, pageLocale, today).catch(async () =>
      (await import("./letter-kit")).letterOfAnswers(draft, pageLocale, today),
    );
    return { ready: true, ...letter };
  } catch {
    // The code could not be loaded (the connection dropped): the step shows its answers without the letter.
    return { ...PENDING, ready: true };
  }
}

/** The letter asked for while the page's code started (see below), kept for the first render that wants it. */
let early: { draft: QuestionnaireDraft; locale: Locale; letter: Promise<LetterState> } | null = null;

// The answers are in this tab before React starts: the letter is asked for as soon as the page's code runs, in
// parallel with hydration, rather than after it. The page's language is the document's.
if (typeof window !== "undefined") {
  const draft = getDraft();
  const locale = document.documentElement.lang;
  if (draft.completed.length > 0 && draft.reference && isLocale(locale)) {
    early = { draft, locale, letter: letterOf(draft, locale) };
  }
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
    const letter =
      early && early.draft === draft && early.locale === locale ? early.letter : letterOf(draft, locale);
    early = null;
    void letter.then((next) => {
      // A transition: React draws the letter in slices and lets the browser answer in between.
      if (live) startTransition(() => setState(next));
    });
    return () => {
      live = false;
    };
  }, [draft, locale]);

  return state;
}
