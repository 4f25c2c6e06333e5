"use client";

import type { ReactNode } from "react";
import type { FieldId } from "@/lib/universal/questionnaire/fields";
import { errorId, fieldId, hintId, useFieldIssue } from "../issues-context";
import { useIssueText } from "../use-issue-text";
import styles from "./ChoiceGroup.module.css";

export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
  description?: ReactNode;
}

interface ChoiceGroupProps<T extends string> {
  field: FieldId;
  legend: ReactNode;
  /** Visually the page heading already asks the question: the legend can then be hidden. */
  legendHidden?: boolean;
  hint?: ReactNode;
  choices: readonly Choice<T>[];
  /** Radio buttons (one answer) or checkboxes (several). */
  multiple?: boolean;
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  /** Shown between the error and the list (e.g. a search box). */
  before?: ReactNode;
  listClassName?: string;
  listId?: string;
}

/**
 * A fieldset of radio buttons or checkboxes, each with its label and description tied to it. The first input
 * carries the field's id so the error summary can move focus to the group.
 */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const issue = useFieldIssue(props.field);
  const issueText = useIssueText();
  const describedBy = [props.hint ? hintId(props.field) : null, issue ? errorId(props.field) : null]
    .filter(Boolean)
    .join(" ");
  const toggle = (value: T, checked: boolean) => {
    if (!props.multiple) return props.onChange([value]);
    const next = checked ? [...props.selected, value] : props.selected.filter((v) => v !== value);
    // Keep the order of the choices, whatever the order of the clicks.
    props.onChange(props.choices.map((c) => c.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset
      className={`field${issue ? " field--error" : ""}`}
      aria-describedby={describedBy || undefined}
      aria-invalid={issue ? true : undefined}
    >
      <legend className={props.legendHidden ? "visually-hidden" : undefined}>{props.legend}</legend>
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
      {props.before}
      <div id={props.listId} className={`${styles.list} ${props.listClassName ?? ""}`}>
        {props.choices.map((choice, index) => {
          const id = index === 0 ? fieldId(props.field) : `${fieldId(props.field)}-${choice.value}`;
          const descriptionId = choice.description ? `${id}-description` : undefined;
          return (
            <div className={`choice ${choice.description ? styles.described : ""}`} key={choice.value}>
              <input
                type={props.multiple ? "checkbox" : "radio"}
                id={id}
                name={props.field}
                value={choice.value}
                checked={props.selected.includes(choice.value)}
                aria-describedby={descriptionId}
                onChange={(event) => toggle(choice.value, event.target.checked)}
              />
              <div>
                <label htmlFor={id}>{choice.label}</label>
                {choice.description ? (
                  <span className={styles.description} id={descriptionId}>
                    {choice.description}
                  </span>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
