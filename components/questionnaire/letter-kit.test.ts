import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/universal/i18n/locales";
import { buildLetter } from "@/lib/universal/letter/build-letter";
import { letterCatalog } from "@/lib/universal/letter/catalog";
import { loadLetterCatalog } from "@/lib/universal/letter/catalog/load";
import { composeLetter } from "@/lib/universal/letter/compose-letter";
import { letterFileName } from "@/lib/universal/letter/file-name";
import { toShortText } from "@/lib/universal/letter/plain-text";
import { letterRequestOf } from "@/lib/universal/questionnaire/answers";
import { emptyDraft, type QuestionnaireDraft } from "@/lib/universal/questionnaire/draft";
import { STEP_IDS } from "@/lib/universal/questionnaire/steps";
import { assessmentOf } from "@/lib/universal/questionnaire/flow-outcome";
import { verdictFor } from "@/lib/universal/questionnaire/verdict";
import { prepareLetter } from "./letter-kit";

const TODAY = "2026-11-30";

const finished: QuestionnaireDraft = {
  ...emptyDraft(),
  country: "FR",
  age: "18-plus",
  account: "member",
  firstName: "Camille",
  lastName: "Durand",
  email: "camille@example.org",
  city: "Lyon",
  situations: ["creative-work"],
  situationText: "Mes dessins sont sur mon profil.",
  signatureMode: "typed",
  reference: "LI-AI-2026-7K3QXM",
  // Every question answered: the steps before review.
  completed: STEP_IDS.slice(0, STEP_IDS.indexOf("review")),
};

/** What the API writes for the same answers: `buildLetter`, `toShortText`, `letterFileName`. */
function apiLetter(draft: QuestionnaireDraft, pageLocale: (typeof LOCALES)[number]) {
  const { request } = letterRequestOf(draft, pageLocale);
  const verdict = verdictFor(draft);
  if (!request || !verdict) throw new Error("the draft should be complete");
  const model = buildLetter(request, verdict, { today: TODAY, reference: draft.reference! });
  return { model, shortText: toShortText(model), fileName: letterFileName(model) };
}

async function browserLetter(draft: QuestionnaireDraft, pageLocale: (typeof LOCALES)[number]) {
  const regime = assessmentOf(draft)?.regime;
  const catalog = await loadLetterCatalog(draft.letterLocale ?? pageLocale, regime);
  return prepareLetter(draft, pageLocale, catalog, regime, TODAY);
}

describe("prepareLetter (the letter the review and result steps show)", () => {
  const cases: [string, Partial<QuestionnaireDraft>][] = [
    ["French letter", { letterLocale: "fr" }],
    ["English letter for the UK", { country: "GB", letterLocale: "en" }],
    ["German letter for Bavaria", { country: "DE", land: "BY", letterLocale: "de" }],
    ["Swiss German letter", { country: "CH", letterLocale: "de" }],
    ["Swiss Italian letter", { country: "CH", letterLocale: "it" }],
    [
      "Italian letter, under 16",
      {
        country: "IT",
        letterLocale: "it",
        age: "under-16",
        guardianFirstName: "Anna",
        guardianLastName: "Rossi",
      },
    ],
  ];
  it.each(cases)("%s: the same letter, short text and file name as the API's", async (_, patch) => {
    for (const pageLocale of LOCALES) {
      const draft = { ...finished, ...patch };
      const prepared = await browserLetter(draft, pageLocale);
      const api = apiLetter(draft, pageLocale);
      expect(prepared.issues).toEqual([]);
      expect(prepared.model).toEqual(api.model);
      expect(prepared.shortText).toBe(api.shortText);
      expect(prepared.fileName).toBe(api.fileName);
    }
  });

  it("writes the letter in the page's language when no letter language was chosen", async () => {
    const prepared = await browserLetter({ ...finished, letterLocale: null }, "it");
    expect(prepared.model?.locale).toBe("it");
    expect(prepared.model?.salutation).toBe(letterCatalog("it").salutation);
  });

  it("gives the answers' issues and no letter when the answers are incomplete", async () => {
    const prepared = await browserLetter({ ...finished, email: "not an address" }, "en");
    expect(prepared.model).toBeNull();
    expect(prepared.shortText).toBe("");
    expect(prepared.issues.map((issue) => issue.field)).toEqual(["email"]);
  });

  it("writes no letter with a catalogue chosen for another regime or language", () => {
    const swiss = { ...finished, country: "CH", letterLocale: "de" as const };
    expect(prepareLetter(swiss, "de", letterCatalog("de", "ch-fadp"), "eu-gdpr", TODAY).model).toBeNull();
    const { request } = letterRequestOf(finished, "fr");
    const verdict = verdictFor(finished)!;
    expect(() =>
      composeLetter(request!, verdict, { today: TODAY, reference: finished.reference! }, letterCatalog("en")),
    ).toThrow();
  });
});
