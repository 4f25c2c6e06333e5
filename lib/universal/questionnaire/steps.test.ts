import { describe, expect, it } from "vitest";
import { applicableSteps, nextStep, previousStep, progressOf, reachableStep } from "./steps";

describe("questionnaire steps", () => {
  it("gives a country outside the scope its verdict at once", () => {
    expect(applicableSteps("out-of-scope")).toEqual(["country", "verdict"]);
    expect(nextStep("country", "out-of-scope")).toBe("verdict");
    expect(nextStep("verdict", "out-of-scope")).toBeNull();
  });

  it("ends at the verdict when the person cannot object", () => {
    expect(applicableSteps("no")).toEqual(["country", "age", "relationship", "verdict"]);
    expect(nextStep("verdict", "no")).toBeNull();
  });

  it("skips the verdict screen for a plain yes, and shows it for a yes with caveats", () => {
    expect(nextStep("relationship", "yes")).toBe("situation");
    expect(previousStep("situation", "yes")).toBe("relationship");
    expect(nextStep("relationship", "yes-with-notes")).toBe("verdict");
    expect(nextStep("verdict", "yes-with-notes")).toBe("situation");
    // Still reachable by its URL, in its place.
    expect(nextStep("verdict", "yes")).toBe("situation");
    expect(reachableStep("verdict", ["country", "age", "relationship"], "yes")).toBe("verdict");
  });

  it("keeps data categories and letter options out of the flow: review shows them, with a way back", () => {
    expect(applicableSteps("yes")).toEqual([
      "country",
      "age",
      "relationship",
      "situation",
      "details",
      "signature",
      "review",
      "result",
    ]);
    expect(nextStep("data", "yes")).toBe("review");
    expect(previousStep("options", "yes")).toBe("review");
    expect(reachableStep("data", ["country"], "unknown")).toBe("age");
    expect(reachableStep("options", ["country", "age", "relationship"], "yes")).toBe("options");
  });

  it("counts seven questions; the verdict and the result are not steps", () => {
    expect(progressOf("country")).toEqual({ position: 1, total: 7 });
    expect(progressOf("situation")).toEqual({ position: 4, total: 7 });
    expect(progressOf("review")).toEqual({ position: 7, total: 7 });
    expect(progressOf("verdict")).toBeNull();
    expect(progressOf("result")).toBeNull();
  });

  it.each([
    { want: "details", completed: [], outcome: "unknown", expected: "country" },
    { want: "age", completed: ["country"], outcome: "unknown", expected: "age" },
    {
      want: "details",
      completed: ["country", "age", "relationship"],
      outcome: "yes-with-notes",
      expected: "verdict",
    },
    {
      want: "details",
      completed: ["country", "age", "relationship"],
      outcome: "yes",
      expected: "situation",
    },
    { want: "age", completed: ["country"], outcome: "out-of-scope", expected: "verdict" },
    {
      want: "result",
      completed: ["country", "age", "relationship", "situation", "details", "signature"],
      outcome: "yes",
      expected: "review",
    },
  ] as const)(
    "asking for $want after $completed ($outcome) leads to $expected",
    ({ want, completed, outcome, expected }) => {
      expect(reachableStep(want, completed, outcome)).toBe(expected);
    },
  );
});
