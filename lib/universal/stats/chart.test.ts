import { describe, expect, it } from "vitest";
import { layoutBarChart, niceCeiling } from "./chart";

describe("niceCeiling", () => {
  it.each([
    [0, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [12, 20],
    [20, 20],
    [460, 500],
    [501, 1000],
  ])("rounds %d up to %d", (value, nice) => {
    expect(niceCeiling(value)).toBe(nice);
  });
});

describe("layoutBarChart", () => {
  const series = [
    { day: "2026-11-26", count: 0 },
    { day: "2026-11-27", count: 5 },
    { day: "2026-11-28", count: 10 },
  ];
  const chart = layoutBarChart(series, { width: 300, height: 100 });

  it("scales the tallest bar to the round maximum", () => {
    expect(chart.max).toBe(10);
    expect(chart.bars[2]).toMatchObject({ y: 0, height: 100 });
    expect(chart.bars[1]).toMatchObject({ y: 50, height: 50 });
  });

  it("draws an empty day as a bar of no height on the baseline", () => {
    expect(chart.bars[0]).toMatchObject({ y: 100, height: 0 });
  });

  it("keeps every bar inside the chart, left to right", () => {
    for (const [index, bar] of chart.bars.entries()) {
      expect(bar.x).toBeGreaterThanOrEqual(index * 100);
      expect(bar.x + bar.width).toBeLessThanOrEqual((index + 1) * 100);
    }
  });

  it("keeps bars narrow when there are few days", () => {
    const one = layoutBarChart([{ day: "2026-11-28", count: 3 }], { width: 600, height: 100 });
    expect(one.bars[0]?.width).toBe(48);
    expect(one.bars[0]?.x).toBe(276);
  });

  it("copes with no data", () => {
    expect(layoutBarChart([], { width: 300, height: 100 })).toMatchObject({ bars: [], max: 1 });
  });
});
