import { describe, expect, it } from "vitest";
import { applicableSteps, nextStep, previousStep, progressOf, reachableStep, STEP_IDS } from "./steps";

describe("questionnaire steps", () => {
  it("ends at the verdict when the person cannot object", () => {
    expect(applicableSteps(false)).toEqual(["country", "age", "relationship", "verdict"]);
    expect(nextStep("verdict", false)).toBeNull();
  });

  it("goes on to the letter when the person can object or the verdict is not known yet", () => {
    expect(applicableSteps(true)).toEqual([...STEP_IDS]);
    expect(applicableSteps(null)).toEqual([...STEP_IDS]);
    expect(nextStep("verdict", true)).toBe("data");
    expect(nextStep("review", true)).toBe("result");
    expect(nextStep("result", true)).toBeNull();
  });

  it.each([
    ["country", null],
    ["age", "country"],
    ["data", "verdict"],
    ["result", "review"],
  ] as const)("the step before %s is %s", (step, before) => {
    expect(previousStep(step)).toBe(before);
  });

  it("counts ten questions, the result being the last", () => {
    expect(progressOf("country")).toEqual({ position: 1, total: 10 });
    expect(progressOf("review")).toEqual({ position: 10, total: 10 });
  });

  it.each([
    { want: "details", completed: [], eligible: null, expected: "country" },
    { want: "age", completed: ["country"], eligible: null, expected: "age" },
    { want: "details", completed: ["country", "age", "relationship"], eligible: true, expected: "verdict" },
    {
      want: "data",
      completed: ["country", "age", "relationship", "verdict"],
      eligible: false,
      expected: "verdict",
    },
    {
      want: "result",
      completed: [
        "country",
        "age",
        "relationship",
        "verdict",
        "data",
        "situation",
        "details",
        "options",
        "signature",
      ],
      eligible: true,
      expected: "review",
    },
  ] as const)(
    "asking for $want after $completed leads to $expected",
    ({ want, completed, eligible, expected }) => {
      expect(reachableStep(want, completed, eligible)).toBe(expected);
    },
  );
});
