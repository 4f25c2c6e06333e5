import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/universal/i18n/locales";
import { emptyDraft, type QuestionnaireDraft } from "@/lib/universal/questionnaire/draft";
import { DOSSIER_FORMAT, parseDossier } from "./dossier";
import { newDossier } from "./new-dossier";

const base: QuestionnaireDraft = {
  ...emptyDraft(),
  country: "FR",
  age: "18-plus",
  account: "member",
  firstName: "Camille",
  lastName: "Durand",
  email: "camille@example.org",
  signatureMode: "typed",
  reference: "LI-AI-2026-7K3QXM",
  date: "2026-07-01",
};

/** What the result page made before: the new dossier read through the dossier schema. */
const throughSchema = (draft: QuestionnaireDraft, letterLocale: string) =>
  parseDossier({
    format: DOSSIER_FORMAT,
    version: 1,
    reference: draft.reference,
    letterLocale,
    answers: draft,
    sending: null,
    answer: null,
  });

const drafts: [string, QuestionnaireDraft][] = [
  ["a French member", base],
  ["a UK member", { ...base, country: "GB", letterLocale: "en" }],
  ["a Swiss member writing in German", { ...base, country: "CH", letterLocale: "de" }],
  ["a Bavarian member", { ...base, country: "DE", land: "BY", letterLocale: "de" }],
  [
    "an Italian under 16 with a guardian",
    { ...base, country: "IT", age: "under-16", guardianFirstName: "Anna" },
  ],
  ["a non-member", { ...base, account: "non-member", mentions: "https://www.linkedin.com/posts/x" }],
  ["someone outside the scope", { ...base, country: "US" }],
  ["no country yet", { ...base, country: null }],
  ["no reference", { ...base, reference: null }],
  ["an empty reference", { ...base, reference: "" }],
  ["a reference in small letters with spaces", { ...base, reference: " li-ai-2026-7k3qxm " }],
  ["a reference in another pattern", { ...base, reference: "LI-AI-2026-7K3QX" }],
  ["a reference with a letter the pattern excludes", { ...base, reference: "LI-AI-2026-7K3QXI" }],
];

describe("newDossier (without the dossier schema)", () => {
  it.each(drafts)("makes for %s what the schema makes, for every letter language", (_, draft) => {
    for (const letterLocale of LOCALES)
      expect(newDossier(draft, letterLocale), letterLocale).toEqual(throughSchema(draft, letterLocale));
  });

  it("makes a dossier for the letters in scope (the comparison is not between two refusals)", () => {
    for (const [name, draft] of drafts.slice(0, 5)) expect(newDossier(draft, "fr"), name).not.toBeNull();
  });

  it("makes a dossier the schema keeps unchanged", () => {
    const made = newDossier(base, "fr");
    expect(made).not.toBeNull();
    expect(parseDossier(JSON.parse(JSON.stringify(made)))).toEqual(made);
  });

  it("refuses a letter language that is not one of the site's", () => {
    expect(newDossier(base, "es" as "fr")).toBeNull();
    expect(throughSchema(base, "es")).toBeNull();
  });

  it("copies the answers (a later change to the draft does not change the dossier)", () => {
    const draft = { ...base };
    const made = newDossier(draft, "fr");
    draft.firstName = "Other";
    expect(made?.answers.firstName).toBe("Camille");
  });
});
