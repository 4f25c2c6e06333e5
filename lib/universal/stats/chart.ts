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

/** Bars never get wider than this, so a chart of two days does not look like a wall. */
export const MAX_BAR_WIDTH = 48;

/** Lays out one bar per day, bottom-aligned and centred in its slot, scaled to a round maximum. */
export function layoutBarChart(
  series: readonly { day: string; count: number }[],
  { width, height }: { width: number; height: number },
): BarChartLayout {
  const max = niceCeiling(Math.max(0, ...series.map((point) => point.count)));
  const slot = series.length > 0 ? width / series.length : width;
  const barWidth = Math.min(MAX_BAR_WIDTH, slot - Math.min(4, slot * 0.2));
  const bars = series.map((point, index) => {
    const barHeight = (point.count / max) * height;
    return {
      day: point.day,
      count: point.count,
      x: index * slot + (slot - barWidth) / 2,
      y: height - barHeight,
      width: barWidth,
      height: barHeight,
    };
  });
  return { bars, max, width, height };
}
