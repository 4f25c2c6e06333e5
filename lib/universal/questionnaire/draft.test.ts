import { describe, expect, it } from "vitest";
import { DATA_CATEGORIES } from "@/lib/universal/rules/types";
import { hasPrefill, paramsOf } from "@/lib/universal/sharing/prefill";
import { applyPrefill, emptyDraft, parseStoredDraft } from "./draft";

const query = (search: string) => paramsOf(new URLSearchParams(search));

describe("questionnaire draft", () => {
  it("starts with every kind of data ticked and nothing else answered", () => {
    const draft = emptyDraft();
    expect(draft.dataCategories).toEqual([...DATA_CATEGORIES]);
    expect(draft.country).toBeNull();
    expect(draft.completed).toEqual([]);
  });

  it("reads back what it stored", () => {
    const draft = {
      ...emptyDraft(),
      country: "FR",
      age: "18-plus" as const,
      firstName: "Camille ",
      completed: ["country" as const],
    };
    expect(parseStoredDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  it.each([
    ["not an object", "garbage"],
    ["another version", { version: 2, country: "FR" }],
    ["null", null],
  ])("falls back to an empty draft for %s", (_label, raw) => {
    expect(parseStoredDraft(raw)).toEqual(emptyDraft());
  });

  it("drops stored values that are not valid answers", () => {
    const draft = parseStoredDraft({
      version: 1,
      country: "ZZ",
      age: "12",
      account: "robot",
      dataCategories: ["profile", "secrets", "profile"],
      completed: ["country", "nowhere"],
      partner: "Not A Slug!",
      firstName: 42,
    });
    expect(draft).toMatchObject({
      country: null,
      age: null,
      account: null,
      dataCategories: ["profile"],
      completed: ["country"],
      partner: null,
      firstName: "",
    });
  });
});

describe("partner prefill", () => {
  it("applies every valid parameter", () => {
    const draft = applyPrefill(
      emptyDraft(),
      query("partner=quadrature&country=be&age=16-17&account=non-member&school=true&letter=fr"),
    );
    expect(draft).toMatchObject({
      partner: "quadrature",
      country: "BE",
      age: "16-17",
      account: "non-member",
      school: true,
      letterLocale: "fr",
      completed: [],
    });
  });

  it("ignores invalid values one by one", () => {
    const draft = applyPrefill(
      emptyDraft(),
      query("partner=../evil&country=XX&age=99&account=cat&school=maybe&letter=es&age=18-plus"),
    );
    expect(draft).toEqual(emptyDraft());
  });

  it("keeps other answers", () => {
    const start = { ...emptyDraft(), firstName: "Ada", country: "FR" };
    expect(applyPrefill(start, query("country=IT"))).toMatchObject({ firstName: "Ada", country: "IT" });
  });

  it("tells whether a query carries prefill", () => {
    expect(hasPrefill(query("partner=x"))).toBe(true);
    expect(hasPrefill(query("utm_source=x"))).toBe(false);
  });
});
