"use client";

import type { ReactNode } from "react";
import type { FieldId } from "@/lib/universal/questionnaire/fields";
import { errorId, fieldId, hintId, useFieldIssue } from "../issues-context";
import { useIssueText } from "../use-issue-text";

interface TextFieldProps {
  field: FieldId;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "email" | "url" | "date";
  autoComplete?: string;
  multiline?: boolean;
  maxLength?: number;
  inputMode?: "text" | "email" | "url";
  spellCheck?: boolean;
  /** Extra text under the field (e.g. a character counter), announced politely. */
  footer?: ReactNode;
  min?: string;
  max?: string;
  /** Language of the value when it differs from the page (e.g. a typed letter text). */
  className?: string;
}

/** A labelled text input whose hint and error are tied to it with aria-describedby. */
export function TextField(props: TextFieldProps) {
  const issue = useFieldIssue(props.field);
  const issueText = useIssueText();
  const id = fieldId(props.field);
  const describedBy = [props.hint ? hintId(props.field) : null, issue ? errorId(props.field) : null]
    .filter(Boolean)
    .join(" ");
  const common = {
    id,
    name: props.field,
    value: props.value,
    "aria-describedby": describedBy || undefined,
    "aria-invalid": issue ? true : undefined,
    autoComplete: props.autoComplete,
    maxLength: props.maxLength,
    spellCheck: props.spellCheck,
  } as const;
  return (
    <div className={`field${issue ? " field--error" : ""}${props.className ? ` ${props.className}` : ""}`}>
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
      {props.multiline ? (
        <textarea {...common} rows={6} onChange={(event) => props.onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? "text"}
          inputMode={props.inputMode}
          min={props.min}
          max={props.max}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
      {props.footer}
    </div>
  );
}
