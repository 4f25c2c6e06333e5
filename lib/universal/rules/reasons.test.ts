import { describe, expect, it } from "vitest";
import { ALL_COUNTRY_CODES } from "@/lib/universal/data/countries";
import { assessEligibility } from "./assess-eligibility";
import { assessReasons } from "./reasons";
import { ACCOUNT_TYPES, AGE_BANDS } from "./types";

describe("assessReasons", () => {
  it("decides exactly as assessEligibility for every country, age, account and school answer", () => {
    let compared = 0;
    for (const country of ALL_COUNTRY_CODES)
      for (const age of AGE_BANDS)
        for (const account of ACCOUNT_TYPES)
          for (const school of [false, true]) {
            const input = { country, age, account, school };
            const { status, regime, reasons } = assessEligibility(input);
            expect(assessReasons(input)).toEqual({ status, regime, reasons });
            compared++;
          }
    expect(compared).toBe(ALL_COUNTRY_CODES.length * AGE_BANDS.length * ACCOUNT_TYPES.length * 2);
  });

  it("throws a RangeError for an unknown country, like assessEligibility", () => {
    const input = { country: "ZZ", age: "18-plus", account: "member", school: false } as const;
    expect(() => assessEligibility(input)).toThrow(RangeError);
    expect(() => assessReasons(input)).toThrow(RangeError);
  });
});
