import type { Locale } from "@/lib/universal/i18n/locales";
import { VALIDATION_KEYS } from "@/lib/universal/schemas/letter-request";
import { translatorFor } from "./translator";

/** An issue as the API returns it: a dotted path ("postalAddress.lines.0") and a sentence. */
export interface LocalizedIssue {
  path: string;
  message: string;
}

interface KeyedIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

type Translate = (key: string) => string;

/**
 * Turns zod issues carrying `Validation.*` keys into sentences in the given locale, one per path
 * (the first problem of a field is the one worth fixing first). A message that is not a known key
 * (zod's own English default) falls back to the generic `Validation.invalid`.
 */
export function localizeIssuesWith(
  issues: readonly KeyedIssue[],
  translate: Translate,
  has: (key: string) => boolean,
) {
  const seen = new Set<string>();
  const result: LocalizedIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map((part) => String(part)).join(".");
    if (seen.has(path)) continue;
    seen.add(path);
    const key =
      issue.message.startsWith("Validation.") && has(issue.message) ? issue.message : VALIDATION_KEYS.invalid;
    result.push({ path, message: translate(key) });
  }
  return result;
}

/** Localizes the issues of `ZLetterRequest` (or any schema using `Validation.*` keys) for `locale`. */
export function localizeIssues(issues: readonly KeyedIssue[], locale: Locale): LocalizedIssue[] {
  const t = translatorFor(locale);
  // The keys are data here (they come from the schema), so the typed translator is widened on purpose.
  const loose = t as unknown as { (key: string): string; has(key: string): boolean };
  return localizeIssuesWith(
    issues,
    (key) => loose(key),
    (key) => loose.has(key),
  );
}
