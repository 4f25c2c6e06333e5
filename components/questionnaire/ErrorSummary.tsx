"use client";

import { useTranslations } from "next-intl";
import { forwardRef, type MouseEvent } from "react";
import type { FieldIssue } from "@/lib/universal/questionnaire/fields";
import { fieldId } from "./issues-context";
import { useIssueText } from "./use-issue-text";
import common from "./common.module.css";

/** Moves focus to the field itself (a plain fragment link would only scroll). */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: "center" });
}

/**
 * The list of problems at the top of a step, linking to each field. It is an alert region, so it is
 * announced when it appears, and the step moves focus to it.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { issues: readonly FieldIssue[] }>(
  function ErrorSummary({ issues }, ref) {
    const t = useTranslations("Questionnaire.errors");
    const issueText = useIssueText();
    return (
      <div
        ref={ref}
        tabIndex={-1}
        role="alert"
        aria-labelledby="q-error-summary-title"
        className="notice notice--error"
      >
        <h2 id="q-error-summary-title" className={common.boxHeading}>
          {t("summaryTitle", { count: issues.length })}
        </h2>
        <ul>
          {issues.map((issue) => (
            <li key={issue.field}>
              <a
                href={`#${fieldId(issue.field)}`}
                onClick={(event) => focusField(event, fieldId(issue.field))}
              >
                {issueText(issue.message)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    );
  },
);
