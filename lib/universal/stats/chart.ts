/** One bar of the daily chart, in SVG user units. */
export interface Bar {
  day: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarChartLayout {
  bars: Bar[];
  /** The value of the top grid line: a round number at or above the highest bar. */
  max: number;
  width: number;
  height: number;
}

/** The smallest "nice" number (1, 2 or 5 times a power of ten) at or above `value`. */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Lays out one bar per day, bottom-aligned, scaled to a round maximum, with a gap between bars. */
export function layoutBarChart(
  series: readonly { day: string; count: number }[],
  { width, height }: { width: number; height: number },
): BarChartLayout {
  const max = niceCeiling(Math.max(0, ...series.map((point) => point.count)));
  const slot = series.length > 0 ? width / series.length : width;
  const gap = Math.min(4, slot * 0.2);
  const bars = series.map((point, index) => {
    const barHeight = (point.count / max) * height;
    return {
      day: point.day,
      count: point.count,
      x: index * slot + gap / 2,
      y: height - barHeight,
      width: slot - gap,
      height: barHeight,
    };
  });
  return { bars, max, width, height };
}
