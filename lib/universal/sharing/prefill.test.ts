import { describe, expect, it } from "vitest";
import { partnerPath, prefillQuery, questionnaireHref, readPartnerParam, readPrefill } from "./prefill";

describe("readPrefill", () => {
  it.each([
    {
      name: "keeps every valid answer",
      query: { country: "fr", age: "18-plus", account: "member", school: "false", letter: "en" },
      prefill: { country: "FR", age: "18-plus", account: "member", school: false, letter: "en" },
    },
    {
      name: "accepts upper case and spaces",
      query: { age: " 16-17 ", school: "TRUE" },
      prefill: { age: "16-17", school: true },
    },
    {
      name: "drops unknown values",
      query: { country: "ZZ", age: "12", account: "admin", school: "maybe", letter: "es" },
      prefill: {},
    },
    { name: "drops a parameter given twice", query: { country: ["FR", "DE"] }, prefill: {} },
    { name: "ignores other parameters", query: { utm_source: "x", email: "a@b.c" }, prefill: {} },
  ])("$name", ({ query, prefill }) => {
    expect(readPrefill(query)).toEqual(prefill);
  });
});

describe("readPartnerParam", () => {
  it.each([
    [{ partner: "ngo-1" }, "ngo-1"],
    [{ partner: "NGO-1" }, "ngo-1"],
    [{ partner: "-bad" }, undefined],
    [{ partner: "has space" }, undefined],
    [{}, undefined],
  ])("%j gives %s", (query, slug) => {
    expect(readPartnerParam(query)).toBe(slug);
  });
});

describe("links", () => {
  it("carries the partner and the answers to the questionnaire", () => {
    expect(
      questionnaireHref("fr", "ngo", { country: "FR", age: "18-plus", school: false, letter: "fr" }),
    ).toBe("/fr/questionnaire?partner=ngo&country=FR&age=18-plus&school=false&letter=fr");
  });

  it("links to the bare questionnaire without a partner or answers", () => {
    expect(questionnaireHref("en", undefined)).toBe("/en/questionnaire");
    expect(prefillQuery(undefined, {})).toBe("");
  });

  it("builds a partner page path with prefill", () => {
    expect(partnerPath("en", "ngo", { account: "premium" })).toBe("/en/p/ngo?account=premium");
  });
});
