"use client";

import { useTranslations } from "next-intl";

/**
 * Translates an issue's message key (`Validation.*` from the letter schema, `Questionnaire.errors.*` from the
 * questionnaire). Keys are data here, so the typed translator is widened on purpose; an unknown key falls back
 * to the generic "not valid" message.
 */
export function useIssueText(): (key: string) => string {
  const t = useTranslations();
  const loose = t as unknown as { (key: string): string; has(key: string): boolean };
  return (key) => (loose.has(key) ? loose(key) : loose("Validation.invalid"));
}
