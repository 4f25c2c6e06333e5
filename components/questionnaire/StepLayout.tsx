"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent, type ReactNode } from "react";
import { getDraft, updateDraft } from "@/lib/client/draft-store";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { toLocale } from "@/lib/universal/i18n/locales";
import type { FieldIssue } from "@/lib/universal/questionnaire/fields";
import { flowOutcomeOf } from "@/lib/universal/questionnaire/flow-outcome";
import {
  nextStep,
  previousStep,
  progressOf,
  reachableStep,
  REVIEW_DETOURS,
  type StepId,
} from "@/lib/universal/questionnaire/steps";
import { EraseAnswers } from "./EraseAnswers";
import { isErasing, takeErased } from "./erased-flag";
import { ErrorSummary } from "./ErrorSummary";
import { IssuesContext } from "./issues-context";
import styles from "./StepLayout.module.css";
import { useDraft, useHydrated } from "./use-draft";

/**
 * Validation brings zod and the letter schema: loaded when the person first touches the form (a tap, a key,
 * a focus), and at the latest when Continue is pressed; never while the page loads, where evaluating it was a
 * long task of its own on a slow phone.
 */
type Validation = typeof import("@/lib/universal/questionnaire/answers");
let validation: Validation | null = null;
const loadValidation = async (): Promise<Validation> =>
  (validation ??= await import("@/lib/universal/questionnaire/answers"));

/** `?from=review` on a step: saving it returns to the review (the "change" links carry it). */
const noSubscription = () => () => {};
const cameFromReview = () => new URLSearchParams(window.location.search).get("from") === "review";
function useReturnToReview(step: StepId): boolean {
  const fromReview = useSyncExternalStore(noSubscription, cameFromReview, () => false);
  return REVIEW_DETOURS.has(step) || fromReview;
}

const preloadValidation = () => void loadValidation();

/** Set after the first step has been shown: later steps move focus to their heading, the first page load does not. */
let shownBefore = false;

/** True when this page was reached inside the app (from the start page, a link), not by loading or reloading it. */
function arrivedByClientNavigation(): boolean {
  const [entry] = performance.getEntriesByType("navigation");
  return Boolean(entry && entry.name !== window.location.href);
}

interface StepLayoutProps {
  step: StepId;
  /** Shown under the heading. */
  intro?: ReactNode;
  children: ReactNode;
  /** Label of the main button; "Continue" by default. */
  continueLabel?: string;
  /** Replaces the default "validate, then go to the next step". Return the issues to show, if any. */
  onContinue?: () => Promise<FieldIssue[] | void> | FieldIssue[] | void;
  /** Hides the Continue button (end of the flow). */
  final?: boolean;
  /** Extra content after the buttons. */
  after?: ReactNode;
  busy?: boolean;
}

/** Path of a step, for links and navigation. */
export const stepPath = (step: StepId) => `/questionnaire/${step}` as const;

/**
 * The frame of every step: progress, heading (focused on arrival), error summary, the form, Back and
 * Continue, and "erase my answers". It also sends the person back to the first step they have not confirmed.
 */
export function StepLayout({
  step,
  intro,
  children,
  continueLabel,
  onContinue,
  final,
  after,
  busy,
}: StepLayoutProps) {
  const t = useTranslations("Questionnaire");
  const locale = useLocale();
  const router = useRouter();
  const draft = useDraft();
  const hydrated = useHydrated();
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  // "Erase my answers" comes back to the first question, which confirms it (after a client navigation only).
  const [erased] = useState(() => step === "country" && takeErased());
  const submitting = useRef(false);
  const [showSummary, setShowSummary] = useState(0);
  const outcome = flowOutcomeOf(draft);
  const target = hydrated ? reachableStep(step, draft.completed, outcome) : step;
  const returnToReview = useReturnToReview(step);
  // An error goes as soon as its cause is fixed (or shows the field's new problem): the issues are checked
  // again against the answers on every change, once validation has been loaded by a Continue.
  const shownIssues =
    validation && issues.length > 0 && !onContinue
      ? currentIssues(validation, issues, step, draft, locale)
      : issues;

  useEffect(() => {
    if (target !== step && !isErasing()) router.replace(stepPath(target));
  }, [target, step, router]);

  useEffect(() => {
    if (shownBefore || arrivedByClientNavigation()) heading.current?.focus();
    shownBefore = true;
  }, []);

  useEffect(() => {
    if (showSummary > 0) summary.current?.focus();
  }, [showSummary]);

  const progress = progressOf(step);
  const back = returnToReview ? "review" : previousStep(step, outcome);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A double click must not confirm the next step too.
    if (busy || submitting.current) return;
    submitting.current = true;
    try {
      await handleSubmit();
    } finally {
      submitting.current = false;
    }
  }

  async function handleSubmit() {
    const found = onContinue ? await onContinue() : await defaultContinue();
    if (found && found.length > 0) {
      setIssues(found);
      setShowSummary((n) => n + 1);
    } else {
      setIssues([]);
    }
  }

  async function defaultContinue(): Promise<FieldIssue[] | void> {
    const { stepIssues } = await loadValidation();
    const found = stepIssues(step, getDraft(), toLocale(locale));
    if (found.length > 0) return found;
    updateDraft((d) => ({
      ...d,
      completed:
        d.completed.includes(step) || REVIEW_DETOURS.has(step) ? d.completed : [...d.completed, step],
    }));
    const saved = getDraft();
    const now = flowOutcomeOf(saved);
    if (returnToReview) {
      // Back to the review, unless the change opened a question that still needs an answer (then that one).
      const target = reachableStep("review", saved.completed, now);
      router.push(target === "review" ? stepPath("review") : `${stepPath(target)}?from=review`);
      return;
    }
    const next = nextStep(step, now);
    if (next) router.push(stepPath(next));
  }

  return (
    <div className={styles.step}>
      {progress ? (
        <div className={styles.progress}>
          <p className={styles.progressText}>{t("progress", progress)}</p>
          <div className={styles.bar} aria-hidden="true">
            <span style={{ width: `${(progress.position / progress.total) * 100}%` }} />
          </div>
        </div>
      ) : null}
      <h1 ref={heading} tabIndex={-1} className={styles.heading}>
        {t(`${step}.title`)}
      </h1>
      {erased ? (
        <p className="notice notice--success" role="status">
          {t("erased")}
        </p>
      ) : null}
      {shownIssues.length > 0 ? <ErrorSummary ref={summary} issues={shownIssues} /> : null}
      {intro}
      <form
        noValidate
        onSubmit={submit}
        aria-labelledby={undefined}
        onPointerDown={preloadValidation}
        onKeyDown={preloadValidation}
        onFocus={preloadValidation}
      >
        <IssuesContext.Provider value={shownIssues}>{children}</IssuesContext.Provider>
        <div className="button-row">
          {!final ? (
            <button type="submit" className="button" disabled={busy} aria-disabled={busy || undefined}>
              {continueLabel ?? (returnToReview ? t("saveAndReturn") : t("continue"))}
            </button>
          ) : null}
          <Link href={back ? stepPath(back) : "/"} prefetch={false} className="button button--secondary">
            {t("back")}
          </Link>
        </div>
      </form>
      {after}
      <div className={styles.erase}>
        <EraseAnswers />
        <p className="hint">{t("eraseHint")}</p>
      </div>
    </div>
  );
}

/** The shown issues that still hold for the current answers, each with the field's current message. */
function currentIssues(
  validation: Validation,
  shown: readonly FieldIssue[],
  step: StepId,
  draft: ReturnType<typeof useDraft>,
  locale: string,
): FieldIssue[] {
  const now = new Map(validation.stepIssues(step, draft, toLocale(locale)).map((i) => [i.field, i.message]));
  return shown.flatMap((issue) => {
    const message = now.get(issue.field);
    return message ? [{ field: issue.field, message }] : [];
  });
}
