import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/universal/i18n/locales";
import { STEP_IDS } from "@/lib/universal/questionnaire/steps";
import { MESSAGES } from "./messages";
import { stepClientMessages } from "./client-messages";

describe("stepClientMessages", () => {
  it.each(LOCALES)(
    "gives every step its own texts, the shared ones and the validation messages (%s)",
    (locale) => {
      const all = MESSAGES[locale];
      for (const step of STEP_IDS) {
        const messages = stepClientMessages(locale, step);
        expect(messages.Questionnaire?.[step]).toEqual(all.Questionnaire[step]);
        expect(messages.Questionnaire?.continue).toBe(all.Questionnaire.continue);
        expect(messages.Questionnaire?.errors).toEqual(all.Questionnaire.errors);
        expect(messages.Validation).toEqual(all.Validation);
      }
    },
  );

  it("leaves the other steps' questions out of a form step's page", () => {
    const country = stepClientMessages("fr", "country");
    expect(Object.keys(country.Questionnaire ?? {})).not.toContain("age");
    expect(Object.keys(country.Questionnaire ?? {})).not.toContain("result");
    expect(Object.keys(country)).not.toContain("Dossier");
    expect(JSON.stringify(country).length).toBeLessThan(
      JSON.stringify(stepClientMessages("fr", "result")).length / 3,
    );
  });

  it("gives the situation step the verdict it can end on, and review and result every step's texts", () => {
    expect(stepClientMessages("en", "situation").Questionnaire?.verdict).toEqual(
      MESSAGES.en.Questionnaire.verdict,
    );
    expect(stepClientMessages("en", "situation").Reasons).toEqual(MESSAGES.en.Reasons);
    for (const step of ["review", "result"] as const) {
      expect(stepClientMessages("de", step).Questionnaire).toEqual(MESSAGES.de.Questionnaire);
    }
    expect(stepClientMessages("it", "result").Dossier).toEqual(MESSAGES.it.Dossier);
    expect(stepClientMessages("it", "details").LetterDetails).toEqual(MESSAGES.it.LetterDetails);
  });
});
