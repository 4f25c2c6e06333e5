import { describe, expect, it } from "vitest";
import { addMonthsClamped, isIsoDate } from "./dates";
import { easterSunday, isWorkingDay, publicHolidays } from "./holidays";

describe("easterSunday", () => {
  it.each([
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2028, "2028-04-16"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("Easter %i is on %s", (year, day) => {
    expect(easterSunday(year)).toBe(day);
  });
});

describe("publicHolidays", () => {
  it("Ireland 2027: St Brigid's Day on Monday 1 February, Christmas on Saturday moved to 27-28", () => {
    expect([...publicHolidays("ie", 2027)]).toEqual([
      "2027-01-01",
      "2027-02-01",
      "2027-03-17",
      "2027-03-29",
      "2027-05-03",
      "2027-06-07",
      "2027-08-02",
      "2027-10-25",
      "2027-12-25",
      "2027-12-26",
      "2027-12-27",
      "2027-12-28",
    ]);
  });

  it("Ireland 2030: St Brigid's Day is Friday 1 February, not the first Monday", () => {
    const days = publicHolidays("ie", 2030);
    expect(days.has("2030-02-01")).toBe(true);
    expect(days.has("2030-02-04")).toBe(false);
  });

  it("England and Wales 2026: eight bank holidays, Boxing Day on Saturday moved to Monday 28", () => {
    expect([...publicHolidays("gb-eaw", 2026)]).toEqual([
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-04",
      "2026-05-25",
      "2026-08-31",
      "2026-12-25",
      "2026-12-26",
      "2026-12-28",
    ]);
  });

  it("St Patrick's Day is a working day in England, Good Friday one in Ireland", () => {
    expect(isWorkingDay("2027-03-17", "gb-eaw")).toBe(true);
    expect(isWorkingDay("2027-03-17", "ie")).toBe(false);
    expect(isWorkingDay("2027-03-26", "ie")).toBe(true);
    expect(isWorkingDay("2027-03-26", "gb-eaw")).toBe(false);
  });
});

describe("dates", () => {
  it("adds months the Regulation 1182/71 way", () => {
    expect(addMonthsClamped("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonthsClamped("2026-03-31", 1)).toBe("2026-04-30");
    expect(addMonthsClamped("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonthsClamped("2026-12-15", 1)).toBe("2027-01-15");
  });

  it("knows real dates", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("2027-1-05")).toBe(false);
  });
});
