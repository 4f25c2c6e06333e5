"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Link } from "@/lib/i18n/navigation";
import { reachableStep } from "@/lib/universal/questionnaire/steps";
import { eligibilityOf } from "@/lib/universal/questionnaire/verdict";
import { EraseAnswers } from "./EraseAnswers";
import { takeErased } from "./erased-flag";
import { stepPath } from "./StepLayout";
import { useDraft, useHydrated } from "./use-draft";
import styles from "./QuestionnaireStart.module.css";

/** The questionnaire's front page: what it takes, what stays private, and "continue" when answers exist. */
export function QuestionnaireStart() {
  const t = useTranslations("Questionnaire.start");
  const draft = useDraft();
  const hydrated = useHydrated();
  const [erased] = useState(takeErased);
  // Prefilled answers from a partner link are not a start: the person has not confirmed anything yet.
  const started = hydrated && draft.completed.length > 0;
  const resume = reachableStep("result", draft.completed, eligibilityOf(draft));

  return (
    <div className={styles.start}>
      <h1>{t("title")}</h1>
      {erased ? (
        <p className="notice notice--success" role="status">
          {t("erased")}
        </p>
      ) : null}
      <p className="lead">{t("lead")}</p>
      <ul className={styles.points}>
        <li>{t("pointTime")}</li>
        <li>{t("pointPrivate")}</li>
        <li>{t("pointFree")}</li>
      </ul>
      <div className="button-row">
        {started ? (
          <>
            <Link href={stepPath(resume)} className="button">
              {t("resume")}
            </Link>
            <Link href={stepPath("country")} className="button button--secondary">
              {t("restart")}
            </Link>
          </>
        ) : (
          <Link href={stepPath("country")} className="button">
            {t("begin")}
          </Link>
        )}
      </div>
      {started ? (
        <div>
          <EraseAnswers />
        </div>
      ) : null}
      <p className="hint">{t("privacyNote")}</p>
    </div>
  );
}
