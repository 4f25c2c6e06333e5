"use client";

import { createContext, useContext } from "react";
import type { FieldId, FieldIssue } from "@/lib/universal/questionnaire/fields";

/** The issues of the step being shown, so each field finds its own error. */
export const IssuesContext = createContext<readonly FieldIssue[]>([]);

/** The message key of the error for `field`, if any. */
export function useFieldIssue(field: FieldId): string | undefined {
  return useContext(IssuesContext).find((issue) => issue.field === field)?.message;
}

/** DOM id of a field's input (the error summary links to it). */
export const fieldId = (field: FieldId) => `q-${field}`;
export const errorId = (field: FieldId) => `q-${field}-error`;
export const hintId = (field: FieldId) => `q-${field}-hint`;
