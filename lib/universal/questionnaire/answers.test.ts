import { describe, expect, it } from "vitest";
import { emptyDraft, type QuestionnaireDraft } from "./draft";
import { draftIssues, letterRequestOf, stepIssues, toLetterRequestInput } from "./answers";
import { eligibilityOf, flowOutcomeOf, verdictFor } from "./verdict";

const adult: QuestionnaireDraft = {
  ...emptyDraft(),
  country: "FR",
  age: "18-plus",
  account: "member",
  firstName: "Camille",
  lastName: "Durand",
  email: "camille@example.org",
  signatureMode: "typed",
};

describe("verdict in the questionnaire", () => {
  it("is unknown until country, age and relationship are answered", () => {
    expect(verdictFor({ ...adult, account: null })).toBeNull();
    expect(eligibilityOf({ ...adult, account: null })).toBeNull();
  });

  it("says no at once for a country outside the scope, before age and relationship", () => {
    const american = { ...emptyDraft(), country: "US" };
    expect(eligibilityOf(american)).toBe(false);
    expect(flowOutcomeOf(american)).toBe("out-of-scope");
    expect(flowOutcomeOf({ ...emptyDraft(), country: "FR" })).toBe("unknown");
    expect(flowOutcomeOf(adult)).toBe("yes");
    expect(flowOutcomeOf({ ...adult, age: "16-17" })).toBe("yes-with-notes");
    expect(flowOutcomeOf({ ...adult, account: "organization" })).toBe("no");
    // Notes such as Microsoft's share in the UK are worth the verdict screen too.
    expect(flowOutcomeOf({ ...adult, country: "GB" })).toBe("yes-with-notes");
  });

  it.each([
    [{ country: "FR" }, true],
    [{ country: "CA" }, false],
    [{ account: "organization" as const }, false],
    [{ country: "CH", age: "16-17" as const }, true],
  ])("%o → can object: %s", (patch, eligible) => {
    expect(eligibilityOf({ ...adult, ...patch })).toBe(eligible);
  });
});

describe("letter request from the draft", () => {
  it("an adult member in France gives a valid request", () => {
    const result = letterRequestOf(adult, "fr");
    expect(result.issues).toEqual([]);
    expect(result.request).toMatchObject({ letterLocale: "fr", country: "FR", email: "camille@example.org" });
  });

  it("keeps a non-member's e-mail as the reply channel, their mentions, and adds the guardian under 16", () => {
    const input = toLetterRequestInput(
      {
        ...adult,
        account: "non-member",
        age: "under-16",
        guardianFirstName: "Lea",
        profileUrl: "https://www.linkedin.com/in/x",
        mentions: " https://www.linkedin.com/posts/a \n\nhttps://www.linkedin.com/posts/b",
      },
      "en",
    );
    expect(input.email).toBe("camille@example.org");
    expect(input.profileUrl).toBeUndefined();
    expect(input.mentions).toEqual(["https://www.linkedin.com/posts/a", "https://www.linkedin.com/posts/b"]);
    expect(input.guardian).toEqual({ firstName: "Lea", lastName: "" });
  });

  it("asks a non-member for a way to reply on the e-mail field", () => {
    const issues = stepIssues("details", { ...adult, account: "non-member", email: "" }, "en");
    expect(issues).toEqual([{ field: "email", message: "Validation.replyChannel.required" }]);
  });

  it("sends the Land only for Germany", () => {
    expect(toLetterRequestInput({ ...adult, country: "DE", land: "BY" }, "en").land).toBe("BY");
    expect(toLetterRequestInput({ ...adult, country: "FR", land: "BY" }, "en").land).toBeUndefined();
  });

  it("uses the chosen letter language over the page's", () => {
    expect(toLetterRequestInput({ ...adult, letterLocale: "en" }, "fr").letterLocale).toBe("en");
  });

  it.each([
    [{ email: "" }, "email", "Validation.email.required"],
    [{ email: "not-an-email" }, "email", "Validation.email.invalid"],
    [{ firstName: "  " }, "firstName", "Validation.required"],
    [{ profileUrl: "https://example.org/me" }, "profileUrl", "Validation.profileUrl.invalid"],
    [{ age: "under-16" as const }, "guardianFirstName", "Validation.required"],
  ])("details: %o is reported on %s", (patch, field, message) => {
    expect(stepIssues("details", { ...adult, ...patch }, "en")).toContainEqual({ field, message });
  });

  it("asks for a signature when drawing was chosen but nothing is drawn", () => {
    expect(stepIssues("signature", { ...adult, signatureMode: "drawn" }, "en")).toEqual([
      { field: "signature", message: "Questionnaire.errors.signature" },
    ]);
  });

  it("reports an oversized drawn signature", () => {
    const png = `data:image/png;base64,${"A".repeat(300_000)}`;
    expect(stepIssues("signature", { ...adult, signatureMode: "drawn", signaturePng: png }, "en")).toEqual([
      { field: "signature", message: "Validation.signature.tooLarge" },
    ]);
  });

  it("asks for at least one kind of data", () => {
    expect(stepIssues("data", { ...adult, dataCategories: [] }, "en")).toEqual([
      { field: "dataCategories", message: "Validation.dataCategories.empty" },
    ]);
  });

  it("lists the unanswered choices of an empty draft first", () => {
    expect(
      draftIssues(emptyDraft(), "en")
        .slice(0, 3)
        .map((issue) => issue.field),
    ).toEqual(["country", "age", "account"]);
  });

  it("never changes what was typed", () => {
    const draft = { ...adult, firstName: "  Camille  " };
    letterRequestOf(draft, "fr");
    expect(draft.firstName).toBe("  Camille  ");
  });
});
