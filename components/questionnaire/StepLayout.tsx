"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { getDraft, updateDraft } from "@/lib/client/draft-store";
import { Link, useRouter } from "@/lib/i18n/navigation";
import type { FieldIssue } from "@/lib/universal/questionnaire/fields";
import { eligibilityOf } from "@/lib/universal/questionnaire/verdict";
import {
  nextStep,
  previousStep,
  progressOf,
  reachableStep,
  type StepId,
} from "@/lib/universal/questionnaire/steps";
import { EraseAnswers } from "./EraseAnswers";
import { isErasing } from "./erased-flag";
import { ErrorSummary } from "./ErrorSummary";
import { IssuesContext } from "./issues-context";
import styles from "./StepLayout.module.css";
import { useDraft, useHydrated } from "./use-draft";

/**
 * Validation brings zod and the letter schema: loaded when the person first touches the form (a tap, a key,
 * a focus), and at the latest when Continue is pressed; never while the page loads, where evaluating it was a
 * long task of its own on a slow phone.
 */
const loadValidation = () => import("@/lib/universal/questionnaire/answers");

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
  const submitting = useRef(false);
  const [showSummary, setShowSummary] = useState(0);
  const eligible = eligibilityOf(draft);
  const target = hydrated ? reachableStep(step, draft.completed, eligible) : step;

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

  const { position, total } = progressOf(step);
  const back = previousStep(step);

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
    const found = stepIssues(step, getDraft(), locale === "fr" ? "fr" : "en");
    if (found.length > 0) return found;
    const next = nextStep(step, eligible);
    updateDraft((d) => ({
      ...d,
      completed: d.completed.includes(step) ? d.completed : [...d.completed, step],
    }));
    if (next) router.push(stepPath(next));
  }

  return (
    <div className={styles.step}>
      {step !== "result" ? (
        <div className={styles.progress}>
          <p className={styles.progressText}>{t("progress", { position, total })}</p>
          <div className={styles.bar} aria-hidden="true">
            <span style={{ width: `${(position / total) * 100}%` }} />
          </div>
        </div>
      ) : null}
      <h1 ref={heading} tabIndex={-1} className={styles.heading}>
        {t(`${step}.title`)}
      </h1>
      {issues.length > 0 ? <ErrorSummary ref={summary} issues={issues} /> : null}
      {intro}
      <form
        noValidate
        onSubmit={submit}
        aria-labelledby={undefined}
        onPointerDown={preloadValidation}
        onKeyDown={preloadValidation}
        onFocus={preloadValidation}
      >
        <IssuesContext.Provider value={issues}>{children}</IssuesContext.Provider>
        <div className="button-row">
          {!final ? (
            <button type="submit" className="button" disabled={busy} aria-disabled={busy || undefined}>
              {continueLabel ?? t("continue")}
            </button>
          ) : null}
          <Link
            href={back ? stepPath(back) : "/questionnaire"}
            prefetch={false}
            className="button button--secondary"
          >
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
