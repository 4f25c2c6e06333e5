import { describe, expect, it } from "vitest";
import { daysBetween, utcDay } from "./day";

describe("utcDay", () => {
  it("uses the UTC date, not the server's local one", () => {
    expect(utcDay(new Date("2026-11-28T23:30:00-02:00"))).toBe("2026-11-29");
  });
});

describe("daysBetween", () => {
  it.each([
    {
      first: "2026-11-28",
      last: "2026-12-01",
      days: ["2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01"],
    },
    { first: "2026-11-28", last: "2026-11-28", days: ["2026-11-28"] },
    { first: "2026-11-29", last: "2026-11-28", days: [] },
  ])("lists $first to $last", ({ first, last, days }) => {
    expect(daysBetween(first, last)).toEqual(days);
  });

  it("stops at the maximum", () => {
    expect(daysBetween("2020-01-01", "2026-01-01", 30)).toHaveLength(30);
  });
});
