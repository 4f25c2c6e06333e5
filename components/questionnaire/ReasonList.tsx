"use client";

import { useTranslations } from "next-intl";
import type { Reason } from "@/lib/universal/rules/types";
import styles from "./ReasonList.module.css";

/** The verdict's reasons, each with what it means and what to do (messages namespace `Reasons`). */
export function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  const t = useTranslations("Reasons");
  const kinds = useTranslations("Questionnaire.verdict.kinds");
  if (reasons.length === 0) return null;
  return (
    <ul className={styles.list}>
      {reasons.map((reason) => (
        <li key={reason.code} className={`${styles.reason} ${styles[reason.kind]}`}>
          <h3 className={styles.title}>
            <span className={styles.kind}>{kinds(reason.kind)}</span> {t(`${reason.code}.title`)}
          </h3>
          <p>{t(`${reason.code}.explanation`)}</p>
          <p>{t(`${reason.code}.action`)}</p>
        </li>
      ))}
    </ul>
  );
}
