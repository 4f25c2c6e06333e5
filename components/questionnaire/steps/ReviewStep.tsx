"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { updateDraft } from "@/lib/client/draft-store";
import { prefetchPdfRenderer, type PdfStage } from "@/components/pdf/browser";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { stepOfField } from "@/lib/universal/questionnaire/fields";
import type { CountryCode } from "@/lib/universal/rules/types";
import { downloadLetter } from "../letter-actions";
import { LetterPreview } from "../LetterPreview";
import { StepLayout, stepPath } from "../StepLayout";
import { useDraft } from "../use-draft";
import { useIssueText } from "../use-issue-text";
import { useLetter } from "../use-letter";
import common from "../common.module.css";
import { AnswersSummary } from "../AnswersSummary";
import { DraftReveal } from "../DraftReveal";
import gate from "../DraftGate.module.css";

type CreateState = "idle" | PdfStage | "failed";

/**
 * Review: every answer with a link to change it, the letter as it will be printed, then the PDF. The step is
 * shown once the letter is built (its code loads after the page's, see useLetter). While the person reads, the
 * PDF engine and fonts load in the background, so the click makes the letter at once.
 */
export function ReviewStep({ countryNames }: { countryNames: Partial<Record<CountryCode, string>> }) {
  const t = useTranslations("Questionnaire.review");
  const router = useRouter();
  const draft = useDraft();
  const issueText = useIssueText();
  const { ready, model, fileName, issues } = useLetter();
  const [state, setState] = useState<CreateState>("idle");
  const busy = state === "loading" || state === "rendering";

  // Once the letter is drawn, and when the browser is idle: the engine's download never delays the step.
  useEffect(() => {
    if (!ready) return;
    const warm = () => void prefetchPdfRenderer();
    if (typeof window.requestIdleCallback === "function") {
      const id = window.requestIdleCallback(warm, { timeout: 2000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(warm, 300);
    return () => window.clearTimeout(id);
  }, [ready]);

  async function create() {
    if (!model || !draft.country) return;
    try {
      await downloadLetter(model, fileName, draft.country, setState);
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
      intro={<p className={gate.early}>{t("intro")}</p>}
      continueLabel={busy ? t(`stage.${state}`) : t("create")}
      busy={busy || !model}
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
                <Link
                  href={{ pathname: stepPath(stepOfField(issue.field)), query: { from: "review" } }}
                  prefetch={false}
                >
                  {t("fix")}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <AnswersSummary countryNames={countryNames} />
      <h2>{t("previewTitle")}</h2>
      {model ? (
        <LetterPreview model={model} label={t("previewLabel")} />
      ) : (
        <p className={"hint"}>{t("previewPending")}</p>
      )}
      <p className="hint">{t("pdfHint")}</p>
      <div aria-live="polite">
        {busy ? <p>{t("creatingStatus")}</p> : null}
        {state === "failed" ? <p className="notice notice--error">{t("failed")}</p> : null}
      </div>
      <DraftReveal ready={ready} />
    </StepLayout>
  );
}
