"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { countryName } from "@/lib/universal/data/country-name";
import type { StepId } from "@/lib/universal/questionnaire/steps";
import { stepPath } from "./StepLayout";
import { useDraft } from "./use-draft";
import styles from "./AnswersSummary.module.css";

/** The answers in a list, each with a "Change" link back to its step (check-your-answers pattern). */
export function AnswersSummary() {
  const t = useTranslations("Questionnaire");
  const locale = useLocale();
  const draft = useDraft();
  const none = t("review.none");
  const rows: { step: StepId; label: string; value: string }[] = [
    {
      step: "country",
      label: t("review.answers.country"),
      value: draft.country ? countryName(draft.country, locale) : none,
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
      value: draft.account ? t(`relationship.accounts.${draft.account}.label`) : none,
    },
    {
      step: "data",
      label: t("review.answers.data"),
      value: draft.dataCategories.map((c) => t(`data.categories.${c}.label`)).join(" · ") || none,
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
      step: "options",
      label: t("review.answers.options"),
      value: [
        draft.letterLocale === "fr" || (!draft.letterLocale && locale === "fr") ? "Français" : "English",
        draft.place,
        draft.date,
      ]
        .filter(Boolean)
        .join(", "),
    },
    {
      step: "signature",
      label: t("review.answers.signature"),
      value: draft.signatureMode === "typed" ? t("signature.typed") : t("signature.drawn"),
    },
  ];
  return (
    <dl className={styles.summary}>
      {rows.map((row) => (
        <div key={row.step} className={styles.row}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
          <dd className={styles.change}>
            <Link href={stepPath(row.step)} prefetch={false}>
              {t("review.change")}
              <span className="visually-hidden"> {row.label}</span>
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
