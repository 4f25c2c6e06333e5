"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateDraft } from "@/lib/client/draft-store";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { stepOfField } from "@/lib/universal/questionnaire/fields";
import { downloadLetter } from "../letter-actions";
import { LetterPreview } from "../LetterPreview";
import { StepLayout, stepPath } from "../StepLayout";
import { useDraft } from "../use-draft";
import { useIssueText } from "../use-issue-text";
import { useLetter } from "../use-letter";
import common from "../common.module.css";
import { AnswersSummary } from "../AnswersSummary";

/** Review: every answer with a link to change it, the letter as it will be printed, then the PDF. */
export function ReviewStep() {
  const t = useTranslations("Questionnaire.review");
  const router = useRouter();
  const draft = useDraft();
  const issueText = useIssueText();
  const { model, issues } = useLetter();
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");

  async function create() {
    if (!model || !draft.country) return;
    setState("busy");
    try {
      await downloadLetter(model, draft.country);
      updateDraft((d) => ({
        ...d,
        completed: d.completed.includes("review") ? d.completed : [...d.completed, "review"],
      }));
      router.push(stepPath("result"));
    } catch {
      setState("failed");
    }
  }

  return (
    <StepLayout
      step="review"
      intro={<p>{t("intro")}</p>}
      continueLabel={state === "busy" ? t("creating") : t("create")}
      busy={state === "busy" || !model}
      onContinue={async () => {
        await create();
      }}
    >
      {issues.length > 0 ? (
        <div className="notice notice--error" role="alert">
          <h2 className={common.boxHeading}>{t("problemsTitle")}</h2>
          <ul>
            {issues.map((issue) => (
              <li key={issue.field}>
                {issueText(issue.message)}{" "}
                <Link href={stepPath(stepOfField(issue.field))} prefetch={false}>
                  {t("fix")}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <AnswersSummary />
      <h2>{t("previewTitle")}</h2>
      {model ? (
        <LetterPreview model={model} label={t("previewLabel")} />
      ) : (
        <p className={"hint"}>{t("previewPending")}</p>
      )}
      <p className="hint">{t("pdfHint")}</p>
      <div aria-live="polite">
        {state === "busy" ? <p>{t("creatingStatus")}</p> : null}
        {state === "failed" ? <p className="notice notice--error">{t("failed")}</p> : null}
      </div>
    </StepLayout>
  );
}
