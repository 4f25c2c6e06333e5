import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { PartnerStats } from "@/lib/universal/stats/types";
import { countryName } from "@/lib/universal/data/country-name";
import { isLocale } from "@/lib/universal/i18n/locales";
import { OTHER } from "@/lib/universal/stats/fold";
import { DailyChart } from "./DailyChart";
import styles from "./PartnerStats.module.css";

/** One partner's numbers: total, a daily chart with its table, and counts by language and by country. */
export function PartnerStatsView({ stats }: { stats: PartnerStats }) {
  const t = useTranslations("Stats");
  const format = useFormatter();
  const locale = useLocale();
  if (stats.letters === 0) return <p className="notice">{t("empty")}</p>;
  const day = (value: string) =>
    format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const countryLabel = (code: string) => (code === OTHER ? t("other") : countryName(code, locale));
  const localeLabel = (code: string) => (isLocale(code) ? t(`localeNames.${code}`) : code);
  const activeDays = stats.byDay.filter((point) => point.count > 0).reverse();
  return (
    <section aria-labelledby="stats-results">
      <h2 id="stats-results" className={styles.total}>
        {t("total", { count: stats.letters })}
      </h2>
      {stats.since ? <p className="muted">{t("since", { date: day(stats.since) })}</p> : null}
      <h3>{t("byDayTitle")}</h3>
      <DailyChart series={stats.byDay} />
      <table className={styles.table}>
        <caption>{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dayColumn")}</th>
            <th scope="col">{t("countColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {activeDays.map((point) => (
            <tr key={point.day}>
              <td>{day(point.day)}</td>
              <td>{format.number(point.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.tables}>
        <CountTable
          title={t("byLocaleTitle")}
          column={t("languageColumn")}
          countColumn={t("countColumn")}
          rows={Object.entries(stats.byLocale).map(([code, count]) => [localeLabel(code), count])}
        />
        <CountTable
          title={t("byCountryTitle")}
          column={t("countryColumn")}
          countColumn={t("countColumn")}
          rows={Object.entries(stats.byCountry).map(([code, count]) => [countryLabel(code), count])}
        />
      </div>
      <p className="muted">{t("foldNote")}</p>
      <p className="muted">{t("reportedNote")}</p>
    </section>
  );
}

function CountTable({
  title,
  column,
  countColumn,
  rows,
}: {
  title: string;
  column: string;
  countColumn: string;
  rows: [string, number][];
}) {
  const format = useFormatter();
  return (
    <table className={styles.table}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{column}</th>
          <th scope="col">{countColumn}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, count]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{format.number(count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
