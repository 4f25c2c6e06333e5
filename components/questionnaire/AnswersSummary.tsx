"use client";

import { useLocale, useTranslations } from "next-intl";
import { localIsoDate } from "@/lib/client/local-date";
import { Link } from "@/lib/i18n/navigation";
import { countryName } from "@/lib/universal/data/country-name";
import { toLocale } from "@/lib/universal/i18n/locales";
import { DATA_CATEGORIES, type CountryCode } from "@/lib/universal/rules/types";
import type { StepId } from "@/lib/universal/questionnaire/steps";
import { stepPath } from "./StepLayout";
import { useDraft, useHydrated } from "./use-draft";
import styles from "./AnswersSummary.module.css";

/** "2026-11-29" as the page's language writes a date ("29 novembre 2026", "29 November 2026"). */
function longDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));
}

/**
 * The answers in a list, each with a "Change" link to its screen that comes back here after saving
 * (check-your-answers pattern). Data categories and letter options have no screen in the flow: their defaults
 * are shown here, and "Change" opens them. `countryNames` (from the server) names the country; the browser's
 * own region names are the fallback.
 */
export function AnswersSummary({ countryNames }: { countryNames: Partial<Record<CountryCode, string>> }) {
  const t = useTranslations("Questionnaire");
  const locale = useLocale();
  const draft = useDraft();
  const hydrated = useHydrated();
  const none = t("review.none");
  const letterLocale = draft.letterLocale ?? toLocale(locale);
  const allData = DATA_CATEGORIES.every((c) => draft.dataCategories.includes(c));
  const rows: { step: StepId; label: string; value: string }[] = [
    {
      step: "country",
      label: t("review.answers.country"),
      value: draft.country ? (countryNames[draft.country] ?? countryName(draft.country, locale)) : none,
    },
    {
      step: "age",
      label: t("review.answers.age"),
      value: [
        draft.age ? t(`age.bands.${draft.age}.label`) : none,
        draft.school ? t("review.inSchool") : null,
      ]
        .filter(Boolean)
        .join(", "),
    },
    {
      step: "relationship",
      label: t("review.answers.relationship"),
      value: draft.account ? t(`review.accounts.${draft.account}`) : none,
    },
    {
      step: "situation",
      label: t("review.answers.situation"),
      value:
        [
          ...draft.situations.map((s) => t(`situation.situations.${s}.label`)),
          draft.situationText.trim() ? t("review.ownWords") : null,
        ]
          .filter(Boolean)
          .join(" · ") || none,
    },
    {
      step: "details",
      label: t("review.answers.details"),
      value:
        [`${draft.firstName} ${draft.lastName}`.trim(), draft.account !== "non-member" ? draft.email : null]
          .filter(Boolean)
          .join(", ") || none,
    },
    {
      step: "data",
      label: t("review.answers.data"),
      value: allData
        ? t("review.allData")
        : draft.dataCategories.map((c) => t(`data.categories.${c}.label`)).join(" · ") || none,
    },
    {
      step: "options",
      label: t("review.answers.options"),
      value: [
        t(`review.languages.${letterLocale}`),
        draft.place.trim() || draft.city.trim(),
        // Today is only known in the browser: the server's copy leaves the date out rather than guess it.
        hydrated ? longDate(draft.date || localIsoDate(), locale) : null,
      ]
        .filter(Boolean)
        .join(", "),
    },
    {
      step: "signature",
      label: t("review.answers.signature"),
      value: draft.signatureMode === "typed" ? t("review.signatureTyped") : t("review.signatureDrawn"),
    },
  ];
  return (
    <dl className={styles.summary}>
      {rows.map((row) => (
        <div key={row.step} className={styles.row}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
          <dd className={styles.change}>
            <Link href={{ pathname: stepPath(row.step), query: { from: "review" } }} prefetch={false}>
              {t("review.change")}
              <span className="visually-hidden"> {row.label}</span>
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
