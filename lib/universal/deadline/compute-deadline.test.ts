import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDeadline, followUpAvailableFrom, type DeadlineRegime } from "./compute-deadline";
import { addDays, daysBetween, isoDate } from "./dates";
import { isWorkingDay } from "./holidays";

describe("computeDeadline", () => {
  it("a form sent on 31 January 2028 ends on 29 February (leap year, a Tuesday)", () => {
    const result = computeDeadline({ regime: "eu-gdpr", sentOn: "2028-01-31", channel: "form" });
    expect(result.receivedOn).toBe("2028-01-31");
    expect(result.deadline).toBe("2028-02-29");
  });

  it("a form sent on 31 January 2026 ends at the end of February, moved from Saturday 28 to Monday 2 March", () => {
    const result = computeDeadline({ regime: "eu-gdpr", sentOn: "2026-01-31", channel: "form" });
    expect(result.deadline).toBe("2026-03-02");
  });

  it("a form sent on Sunday 31 January 2027 ends on Monday 1 March (28 February is a Sunday)", () => {
    expect(computeDeadline({ regime: "eu-gdpr", sentOn: "2027-01-31", channel: "form" }).deadline).toBe(
      "2027-03-01",
    );
  });

  it("a Friday receipt (4 December 2026) ends on Monday 4 January 2027", () => {
    const result = computeDeadline({ regime: "eu-gdpr", sentOn: "2026-12-04", channel: "email" });
    expect(result).toMatchObject({ receivedOn: "2026-12-04", receiptAssumed: false, deadline: "2027-01-04" });
    expect(result.basis).toEqual(["GDPR Art. 12(3)", "Regulation 1182/71 Art. 3"]);
  });

  it("post without a tracking date is assumed delivered 5 Irish working days later", () => {
    const result = computeDeadline({ regime: "eu-gdpr", sentOn: "2026-11-30", channel: "post" });
    expect(result).toMatchObject({ receivedOn: "2026-12-07", receiptAssumed: true, deadline: "2027-01-07" });
  });

  it("post with the tracking's delivery date runs from that date", () => {
    const result = computeDeadline({
      regime: "eu-gdpr",
      sentOn: "2026-11-30",
      channel: "post",
      receivedOn: "2026-12-03",
    });
    expect(result).toMatchObject({ receivedOn: "2026-12-03", receiptAssumed: false, deadline: "2027-01-04" });
  });

  it("the post assumption skips Irish public holidays (Christmas and St Stephen's Day)", () => {
    // Posted Wednesday 23 December 2026: 24, 29, 30, 31 December and 4 January are the working days.
    const result = computeDeadline({ regime: "eu-gdpr", sentOn: "2026-12-23", channel: "post" });
    expect(result.receivedOn).toBe("2027-01-04");
  });

  it("a deadline on Christmas Day moves past St Stephen's Day's substitute Monday", () => {
    // 25 December 2026 is a Friday; St Stephen's Day (Saturday 26) is taken on Monday 28.
    expect(computeDeadline({ regime: "eu-gdpr", sentOn: "2026-11-25", channel: "form" }).deadline).toBe(
      "2026-12-29",
    );
  });

  it("the extension is three months from receipt, moved to a working day", () => {
    const result = computeDeadline({ regime: "eu-gdpr", sentOn: "2026-11-30", channel: "form" });
    expect(result.deadline).toBe("2026-12-30");
    expect(result.extendedDeadline).toBe("2027-03-01");
  });

  it("Switzerland uses the EU computation and Ireland's holidays (LinkedIn Ireland, GDPR Art. 12(3))", () => {
    const swiss = computeDeadline({ regime: "ch-fadp", sentOn: "2026-07-01", channel: "form" });
    const eu = computeDeadline({ regime: "eu-gdpr", sentOn: "2026-07-01", channel: "form" });
    // 1 August 2026 is a Saturday and Monday 3 August an Irish bank holiday.
    expect(swiss.deadline).toBe("2026-08-04");
    expect({ ...swiss, regime: "eu-gdpr" }).toEqual(eu);
    expect(swiss.acknowledgementBy).toBeUndefined();
  });

  it("the UK letter follows England's holidays and gives the s. 164A acknowledgement date", () => {
    const result = computeDeadline({ regime: "uk-gdpr", sentOn: "2026-07-01", channel: "form" });
    expect(result).toMatchObject({
      deadline: "2026-08-03",
      acknowledgementBy: "2026-07-31",
      holidays: "gb-eaw",
    });
    expect(result.basis).toEqual(["UK GDPR Art. 12(3)", "UK GDPR Art. 12A", "DPA 2018 s. 164A"]);
  });

  it("Good Friday moves a UK deadline but not an Irish one", () => {
    // Easter 2027 is on 28 March: Good Friday 26 March, Easter Monday 29 March.
    expect(computeDeadline({ regime: "uk-gdpr", sentOn: "2027-02-26", channel: "form" }).deadline).toBe(
      "2027-03-30",
    );
    expect(computeDeadline({ regime: "eu-gdpr", sentOn: "2027-02-26", channel: "form" }).deadline).toBe(
      "2027-03-26",
    );
  });

  it("a UK receipt before 19 June 2026 has no s. 164A acknowledgement, and none before 5 February no Art. 12A", () => {
    const march = computeDeadline({ regime: "uk-gdpr", sentOn: "2026-03-10", channel: "form" });
    expect(march.acknowledgementBy).toBeUndefined();
    expect(march.basis).toEqual(["UK GDPR Art. 12(3)", "UK GDPR Art. 12A"]);
    const january = computeDeadline({ regime: "uk-gdpr", sentOn: "2026-01-10", channel: "form" });
    expect(january.basis).toEqual(["UK GDPR Art. 12(3)"]);
  });

  it("a reminder is available from the day after the deadline", () => {
    expect(followUpAvailableFrom({ deadline: "2027-01-04" })).toBe("2027-01-05");
  });
});

const REGIMES: DeadlineRegime[] = ["eu-gdpr", "ch-fadp", "uk-gdpr"];
const anyDay = fc.integer({ min: 0, max: 366 * 20 }).map((offset) => addDays("2025-11-03", offset));

describe("computeDeadline, for any receipt day", () => {
  it("ends on a working day, never before receipt and never more than 35 days after it", () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGIMES), anyDay, (regime, day) => {
        const result = computeDeadline({ regime, sentOn: day, channel: "form" });
        const days = daysBetween(result.receivedOn, result.deadline);
        expect(days).toBeGreaterThanOrEqual(28);
        expect(days).toBeLessThanOrEqual(35);
        expect(isWorkingDay(result.deadline, result.holidays)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("the extended deadline is at most three months and a working-day shift after receipt", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REGIMES),
        anyDay,
        fc.constantFrom("form", "post", "email") as fc.Arbitrary<"form" | "post" | "email">,
        (regime, day, channel) => {
          const result = computeDeadline({ regime, sentOn: day, channel });
          expect(result.receivedOn >= day).toBe(true);
          expect(result.extendedDeadline > result.deadline).toBe(true);
          const [y, m, d] = result.receivedOn.split("-").map(Number) as [number, number, number];
          const threeMonths = isoDate(y, m + 3, 1);
          // At most the same date three months on (or that month's end), plus a 5-day holiday shift.
          expect(daysBetween(result.extendedDeadline, addDays(threeMonths, d + 5))).toBeGreaterThanOrEqual(0);
          expect(daysBetween(result.receivedOn, result.extendedDeadline)).toBeGreaterThanOrEqual(89);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
