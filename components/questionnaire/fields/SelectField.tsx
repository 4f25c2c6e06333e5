"use client";

import type { ReactNode } from "react";
import type { FieldId } from "@/lib/universal/questionnaire/fields";
import { errorId, fieldId, hintId, useFieldIssue } from "../issues-context";
import { useIssueText } from "../use-issue-text";

interface SelectFieldProps {
  field: FieldId;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** The choices, in display order; an empty value means "not specified". */
  options: readonly { value: string; label: string }[];
}

/** A labelled native select whose hint and error are tied to it with aria-describedby. */
export function SelectField(props: SelectFieldProps) {
  const issue = useFieldIssue(props.field);
  const issueText = useIssueText();
  const id = fieldId(props.field);
  const describedBy = [props.hint ? hintId(props.field) : null, issue ? errorId(props.field) : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={`field${issue ? " field--error" : ""}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <span className="hint" id={hintId(props.field)}>
          {props.hint}
        </span>
      ) : null}
      {issue ? (
        <span className="field-error" id={errorId(props.field)}>
          <span className="visually-hidden">{"! "}</span>
          {issueText(issue)}
        </span>
      ) : null}
      <select
        id={id}
        name={props.field}
        value={props.value}
        aria-describedby={describedBy || undefined}
        aria-invalid={issue ? true : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
