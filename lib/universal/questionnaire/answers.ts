/**
 * Validation of the answers against the letter's one schema (ZLetterRequest). Kept apart from the verdict and
 * field names because it brings zod: the steps load it when the person presses Continue, not on first load.
 */
import type { Locale } from "@/lib/universal/i18n/locales";
import {
  ZLetterRequest,
  type TLetterRequest,
  type TLetterRequestInput,
} from "@/lib/universal/schemas/letter-request";
import type { QuestionnaireDraft } from "./draft";
import { FIELD_IDS, fieldOfPath, STEP_FIELDS, type FieldId, type FieldIssue } from "./fields";
import type { StepId } from "./steps";

const optional = (value: string) => (value.trim() ? value : undefined);

/** One address per line (or separated by spaces), blanks dropped; undefined when none. */
function mentionList(text: string): string[] | undefined {
  const list = text.split(/\s+/).filter(Boolean);
  return list.length > 0 ? list : undefined;
}

/**
 * The draft as a `POST /api/v1/letter` body, the one schema the letter is validated against.
 * Fields that do not apply (an e-mail for a non-member, a guardian over 16) are left out.
 */
export function toLetterRequestInput(draft: QuestionnaireDraft, pageLocale: Locale): TLetterRequestInput {
  const member = draft.account !== "non-member";
  const lines = [draft.addressLine1, draft.addressLine2].filter((line) => line.trim());
  const hasAddress = lines.length > 0 || draft.postalCode.trim() || draft.city.trim();
  return {
    letterLocale: draft.letterLocale ?? pageLocale,
    country: draft.country ?? "",
    // Unanswered choices are passed as missing so the schema reports them.
    age: draft.age ?? (undefined as unknown as TLetterRequestInput["age"]),
    account: draft.account ?? (undefined as unknown as TLetterRequestInput["account"]),
    school: draft.school,
    firstName: draft.firstName,
    lastName: draft.lastName,
    // A non-member gives an e-mail (or a postal address) so that LinkedIn can reply.
    email: optional(draft.email),
    profileUrl: member ? optional(draft.profileUrl) : undefined,
    postalAddress: hasAddress
      ? {
          lines,
          postalCode: optional(draft.postalCode),
          city: optional(draft.city),
          country: draft.country ?? undefined,
        }
      : undefined,
    dataCategories: draft.dataCategories,
    situations: draft.situations,
    situationText: optional(draft.situationText),
    // The letter options are not a screen of their own: the place defaults to the city, as the review shows.
    place: optional(draft.place) ?? optional(draft.city.trim()),
    date: optional(draft.date),
    signature:
      draft.signatureMode === "drawn" && draft.signaturePng
        ? { type: "drawn", png: draft.signaturePng }
        : { type: "typed" },
    guardian:
      draft.age === "under-16"
        ? { firstName: draft.guardianFirstName, lastName: draft.guardianLastName }
        : undefined,
    partner: draft.partner ?? undefined,
    land: draft.country === "DE" && draft.land ? draft.land : undefined,
    mentions: member ? undefined : mentionList(draft.mentions),
  };
}

const ERRORS = {
  country: "Questionnaire.errors.country",
  age: "Questionnaire.errors.age",
  account: "Questionnaire.errors.account",
  signature: "Questionnaire.errors.signature",
} as const;

/**
 * Checks the whole draft once: its issues, one per field (the first), in on-screen order, and the validated
 * letter request when the schema accepts it.
 */
function checkDraft(
  draft: QuestionnaireDraft,
  pageLocale: Locale,
): { issues: FieldIssue[]; request: TLetterRequest | null } {
  const issues = new Map<FieldId, string>();
  // The choice questions get their own wording ("Choose the country where you live") rather than the API's.
  if (!draft.country) issues.set("country", ERRORS.country);
  if (!draft.age) issues.set("age", ERRORS.age);
  if (!draft.account) issues.set("account", ERRORS.account);
  if (draft.signatureMode === "drawn" && !draft.signaturePng) issues.set("signature", ERRORS.signature);
  const parsed = ZLetterRequest.safeParse(toLetterRequestInput(draft, pageLocale));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path);
      if (field && !issues.has(field)) issues.set(field, issue.message);
    }
  }
  return {
    issues: FIELD_IDS.filter((field) => issues.has(field)).map((field) => ({
      field,
      message: issues.get(field)!,
    })),
    request: parsed.success ? parsed.data : null,
  };
}

/** Issues of the whole draft, one per field (the first), in on-screen order. */
export function draftIssues(draft: QuestionnaireDraft, pageLocale: Locale): FieldIssue[] {
  return checkDraft(draft, pageLocale).issues;
}

/** The issues a step must resolve before the person moves on. */
export function stepIssues(step: StepId, draft: QuestionnaireDraft, pageLocale: Locale): FieldIssue[] {
  const fields = STEP_FIELDS[step];
  return draftIssues(draft, pageLocale).filter((issue) => fields.includes(issue.field));
}

/** The validated letter request, or null with the issues when something still needs fixing. */
export function letterRequestOf(
  draft: QuestionnaireDraft,
  pageLocale: Locale,
): { request: TLetterRequest; issues: [] } | { request: null; issues: FieldIssue[] } {
  const { issues, request } = checkDraft(draft, pageLocale);
  if (issues.length > 0) return { request: null, issues };
  return request ? { request, issues: [] } : { request: null, issues: [] };
}
