import { describe, expect, it } from "vitest";
import { localizeIssues } from "./localize-issues";

describe("localizeIssues", () => {
  it("translates Validation keys in the requested locale, one issue per dotted path", () => {
    const issues = [
      { path: ["email"], message: "Validation.email.invalid" },
      { path: ["email"], message: "Validation.required" },
      { path: ["postalAddress", "lines", 0], message: "Validation.text.characters" },
    ];
    expect(localizeIssues(issues, "fr")).toEqual([
      { path: "email", message: "Indiquez une adresse e-mail valide, par exemple camille@example.org." },
      { path: "postalAddress.lines.0", message: expect.stringContaining("caractères") },
    ]);
    expect(localizeIssues(issues, "en")[0]?.message).toBe(
      "Enter a valid e-mail address, for example camille@example.org.",
    );
  });

  it("falls back to the generic message for zod's own texts and unknown keys", () => {
    const issues = [
      { path: ["a"], message: "Invalid input: expected string, received number" },
      { path: ["b"], message: "Validation.no.such.key" },
    ];
    expect(localizeIssues(issues, "en").map((issue) => issue.message)).toEqual([
      "This value is not valid.",
      "This value is not valid.",
    ]);
  });
});
