import { describe, expect, it } from "vitest";
import { localIsoDate } from "./local-date";

describe("local date", () => {
  it.each([
    [new Date(2026, 0, 5, 23, 59), "2026-01-05"],
    [new Date(2025, 10, 3, 0, 0), "2025-11-03"],
  ])("%s is written %s", (date, expected) => {
    expect(localIsoDate(date)).toBe(expected);
  });
});
