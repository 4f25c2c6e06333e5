import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { layoutBarChart } from "@/lib/universal/stats/chart";
import styles from "./PartnerStats.module.css";

const WIDTH = 640;
const HEIGHT = 180;
const AXIS = 36;
const BOTTOM = 24;

/**
 * Letters per day as an SVG bar chart drawn by hand: `role="img"` with a title and a description for
 * screen readers; the exact numbers are in the table that follows it.
 */
export function DailyChart({ series }: { series: { day: string; count: number }[] }) {
  const t = useTranslations("Stats");
  const format = useFormatter();
  const id = useId();
  const chart = layoutBarChart(series, { width: WIDTH - AXIS, height: HEIGHT });
  const dayLabel = (day: string) =>
    format.dateTime(new Date(`${day}T00:00:00Z`), { day: "numeric", month: "short", timeZone: "UTC" });
  const first = series[0]?.day;
  const last = series.at(-1)?.day;
  if (!first || !last) return null;
  const busiest = Math.max(...series.map((point) => point.count));
  const labelEvery = Math.max(1, Math.ceil(series.length / 8));
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${WIDTH} ${HEIGHT + BOTTOM + 8}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{t("chartLabel", { first: dayLabel(first), last: dayLabel(last) })}</title>
      <desc id={`${id}-desc`}>{t("chartDescription", { max: busiest })}</desc>
      <g transform="translate(0 8)">
        {[0, chart.max / 2, chart.max].map((value) => {
          const y = HEIGHT - (value / chart.max) * HEIGHT;
          return (
            <g key={value} aria-hidden="true">
              <line x1={AXIS} x2={WIDTH} y1={y} y2={y} className={styles.grid} />
              <text x={AXIS - 6} y={y + 4} textAnchor="end" className={styles.axisText}>
                {Number.isInteger(value) ? value : ""}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${AXIS} 0)`} aria-hidden="true">
          {chart.bars.map((bar, index) => (
            <g key={bar.day}>
              <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} className={styles.bar} />
              {index % labelEvery === 0 ? (
                <text
                  x={bar.x + bar.width / 2}
                  y={HEIGHT + 18}
                  textAnchor="middle"
                  className={styles.axisText}
                >
                  {dayLabel(bar.day)}
                </text>
              ) : null}
            </g>
          ))}
        </g>
      </g>
    </svg>
  );
}
