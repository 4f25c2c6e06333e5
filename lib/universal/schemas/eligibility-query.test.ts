import { describe, expect, it } from "vitest";
import { ELIGIBILITY_QUERY_KEYS as K, ZEligibilityQuery, eligibilityQueryInput } from "./eligibility-query";

const parseQuery = (query: string) =>
  ZEligibilityQuery.safeParse(eligibilityQueryInput(new URLSearchParams(query)));
const issuesOf = (query: string) => {
  const result = parseQuery(query);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("ZEligibilityQuery", () => {
  it("parses a complete query into rules input", () => {
    expect(parseQuery("country=FR&age=18-plus&account=member&school=true").data).toEqual({
      country: "FR",
      age: "18-plus",
      account: "member",
      school: true,
    });
  });

  it("defaults school to false", () => {
    expect(parseQuery("country=FR&age=18-plus&account=member").data?.school).toBe(false);
  });

  it.each([
    ["country=fr&age=18-plus&account=member", "FR"],
    ["country=%20gB%20&age=18-plus&account=member", "GB"],
    ["country=xk&age=18-plus&account=member", "XK"],
  ])("accepts any case and surrounding spaces (%s)", (query, country) => {
    expect(parseQuery(query).data?.country).toBe(country);
  });

  it("accepts values in any case for the choices too", () => {
    expect(parseQuery("country=FR&age=16-17&account=Former-Member&school=TRUE").data).toMatchObject({
      age: "16-17",
      account: "former-member",
      school: true,
    });
  });

  it("ignores unknown parameters such as cache-busters and locale", () => {
    expect(parseQuery("country=FR&age=18-plus&account=member&locale=fr&utm_source=x").success).toBe(true);
  });

  it.each([
    [
      "",
      [
        ["country", K.required],
        ["age", K.required],
        ["account", K.required],
      ],
    ],
    [
      "country=&age=&account=",
      [
        ["country", K.required],
        ["age", K.required],
        ["account", K.required],
      ],
    ],
    ["country=UK&age=18-plus&account=member", [["country", K.country]]],
    ["country=FRA&age=18-plus&account=member", [["country", K.country]]],
    ["country=FR&age=18&account=member", [["age", K.choice]]],
    ["country=FR&age=18-plus&account=company", [["account", K.choice]]],
    ["country=FR&age=18-plus&account=member&school=yes", [["school", K.choice]]],
    ["country=FR&age=18-plus&account=member&school=", [["school", K.choice]]],
    ["country=FR&country=DE&age=18-plus&account=member", [["country", K.repeated]]],
    ["country=FR&age=18-plus&age=16-17&account=member", [["age", K.repeated]]],
    ["country=FR&age=18-plus&account=member&school=true&school=true", [["school", K.repeated]]],
  ])("reports %j as %j", (query, issues) => {
    expect(issuesOf(query)).toEqual(issues);
  });

  it.each([
    "x".repeat(100_000),
    "<script>alert(1)</script>",
    "FR'; DROP TABLE letters; --",
    "F\u0000R",
    "FR\u200b",
    "../../etc/passwd",
    "%00",
    "🇫🇷",
  ])("rejects a hostile country value without echoing it (%#)", (value) => {
    const result = ZEligibilityQuery.safeParse({ country: value, age: "18-plus", account: "member" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([K.country]);
  });

  it("takes real booleans from a form", () => {
    expect(
      ZEligibilityQuery.parse({ country: "it", age: "under-16", account: "non-member", school: true }),
    ).toEqual({
      country: "IT",
      age: "under-16",
      account: "non-member",
      school: true,
    });
  });

  it("reports wrong types with the field's key", () => {
    const result = ZEligibilityQuery.safeParse({
      country: 33,
      age: null,
      account: ["member", "premium"],
      school: 1,
    });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["country", K.country],
      ["age", K.choice],
      ["account", K.repeated],
      ["school", K.choice],
    ]);
  });
});
