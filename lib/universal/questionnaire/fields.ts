import type { StepId } from "./steps";

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
  "land",
  "mentions",
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
    "land",
    "mentions",
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
    case "land":
    case "mentions":
      return head;
    default:
      return null;
  }
}

/** The step that asks for `field`. */
export function stepOfField(field: FieldId): StepId {
  for (const [step, fields] of Object.entries(STEP_FIELDS) as [StepId, readonly FieldId[]][]) {
    if (fields.includes(field)) return step;
  }
  return "country";
}
