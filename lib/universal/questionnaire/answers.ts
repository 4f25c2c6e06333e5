import type { Locale } from "@/lib/universal/i18n/locales";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { isKnownCountry } from "@/lib/universal/data/countries";
import type { Verdict } from "@/lib/universal/rules/types";
import {
  ZLetterRequest,
  type TLetterRequest,
  type TLetterRequestInput,
} from "@/lib/universal/schemas/letter-request";
import type { QuestionnaireDraft } from "./draft";
import type { StepId } from "./steps";

/** The verdict once country, age and relationship are answered; null before. */
export function verdictFor(draft: QuestionnaireDraft): Verdict | null {
  if (!draft.country || !isKnownCountry(draft.country) || !draft.age || !draft.account) return null;
  return assessEligibility({
    country: draft.country,
    age: draft.age,
    account: draft.account,
    school: draft.school,
  });
}

/** Whether the person can object: true, false, or null while unknown. */
export function eligibilityOf(draft: QuestionnaireDraft): boolean | null {
  const verdict = verdictFor(draft);
  return verdict ? verdict.status !== "not-eligible" : null;
}

const optional = (value: string) => (value.trim() ? value : undefined);

/**
 * The draft as a `POST /api/v1/letter` body (shared/API.md), the one schema the letter is validated against.
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
    email: member ? optional(draft.email) : undefined,
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
    place: optional(draft.place),
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
  };
}

/** Form fields, also the suffix of their DOM ids (`q-<field>`), so an error can link to its field. */
export const FIELD_IDS = [
  "country",
  "age",
  "school",
  "account",
  "dataCategories",
  "situations",
  "situationText",
  "firstName",
  "lastName",
  "email",
  "profileUrl",
  "addressLine1",
  "addressLine2",
  "postalCode",
  "city",
  "guardianFirstName",
  "guardianLastName",
  "letterLocale",
  "place",
  "date",
  "signature",
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

/** A problem with one field; `message` is a message key (`Validation.*` or `Questionnaire.errors.*`). */
export interface FieldIssue {
  field: FieldId;
  message: string;
}

/** Which fields each step asks for, in the order they appear on screen. */
export const STEP_FIELDS: Readonly<Record<StepId, readonly FieldId[]>> = {
  country: ["country"],
  age: ["age", "school"],
  relationship: ["account"],
  verdict: [],
  data: ["dataCategories"],
  situation: ["situations", "situationText"],
  details: [
    "firstName",
    "lastName",
    "email",
    "profileUrl",
    "addressLine1",
    "addressLine2",
    "postalCode",
    "city",
    "guardianFirstName",
    "guardianLastName",
  ],
  options: ["letterLocale", "place", "date"],
  signature: ["signature"],
  review: [],
  result: [],
};

/** Maps a schema issue path ("postalAddress.lines.0", "guardian") to the field that shows it. */
export function fieldOfPath(path: readonly PropertyKey[]): FieldId | null {
  const [head, second, third] = path.map(String);
  switch (head) {
    case "postalAddress":
      if (second === "lines") return third === "1" ? "addressLine2" : "addressLine1";
      if (second === "postalCode") return "postalCode";
      if (second === "city") return "city";
      return "addressLine1";
    case "guardian":
      return second === "lastName" ? "guardianLastName" : "guardianFirstName";
    case "signature":
      return "signature";
    case "letterLocale":
    case "country":
    case "age":
    case "school":
    case "account":
    case "dataCategories":
    case "situations":
    case "situationText":
    case "firstName":
    case "lastName":
    case "email":
    case "profileUrl":
    case "place":
    case "date":
      return head;
    default:
      return null;
  }
}

const ERRORS = {
  country: "Questionnaire.errors.country",
  age: "Questionnaire.errors.age",
  account: "Questionnaire.errors.account",
  signature: "Questionnaire.errors.signature",
} as const;

/** Issues of the whole draft, one per field (the first), in on-screen order. */
export function draftIssues(draft: QuestionnaireDraft, pageLocale: Locale): FieldIssue[] {
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
  return FIELD_IDS.filter((field) => issues.has(field)).map((field) => ({
    field,
    message: issues.get(field)!,
  }));
}

/** The issues a step must resolve before the person moves on. */
export function stepIssues(step: StepId, draft: QuestionnaireDraft, pageLocale: Locale): FieldIssue[] {
  const fields = STEP_FIELDS[step];
  return draftIssues(draft, pageLocale).filter((issue) => fields.includes(issue.field));
}

/** The step that asks for `field`. */
export function stepOfField(field: FieldId): StepId {
  for (const [step, fields] of Object.entries(STEP_FIELDS) as [StepId, readonly FieldId[]][]) {
    if (fields.includes(field)) return step;
  }
  return "country";
}

/** The validated letter request, or null with the issues when something still needs fixing. */
export function letterRequestOf(
  draft: QuestionnaireDraft,
  pageLocale: Locale,
): { request: TLetterRequest; issues: [] } | { request: null; issues: FieldIssue[] } {
  const issues = draftIssues(draft, pageLocale);
  if (issues.length > 0) return { request: null, issues };
  const parsed = ZLetterRequest.safeParse(toLetterRequestInput(draft, pageLocale));
  return parsed.success ? { request: parsed.data, issues: [] } : { request: null, issues: [] };
}
