"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { downloadDeadlineCalendar } from "./follow-up-files";
import type { Deadline } from "@/lib/universal/deadline/compute-deadline";
import type { Locale } from "@/lib/universal/i18n/locales";
import styles from "./Dossier.module.css";

/** The deadline as real dates, how it was counted, and the calendar file. */
export function DeadlineSummary({
  deadline,
  reference,
  preview = false,
  formatLongDate: long,
}: {
  deadline: Deadline;
  reference: string | null;
  /** True before the sending is recorded: the dates assume the form, today. */
  preview?: boolean;
  /** The follow-up wording's long date ("lundi 4 janvier 2027"), in the page's language. */
  formatLongDate: (isoDate: string) => string;
}) {
  const t = useTranslations("Dossier.deadline");
  const locale = useLocale() as Locale;
  const [failed, setFailed] = useState(false);

  async function calendar() {
    setFailed(false);
    try {
      await downloadDeadlineCalendar(deadline, locale, reference);
    } catch {
      setFailed(true);
    }
  }

  return (
    <div className={styles.dates}>
      <p className={styles.deadline} data-testid="deadline">
        {t(preview ? "preview" : "due", { date: long(deadline.deadline) })}
      </p>
      {!preview && deadline.receiptAssumed ? (
        <p>{t("assumed", { date: long(deadline.receivedOn) })}</p>
      ) : null}
      {!preview && !deadline.receiptAssumed ? (
        <p>{t("received", { date: long(deadline.receivedOn) })}</p>
      ) : null}
      <p>{t("extended", { date: long(deadline.extendedDeadline) })}</p>
      {deadline.acknowledgementBy ? (
        <p>{t("acknowledgement", { date: long(deadline.acknowledgementBy) })}</p>
      ) : null}
      <p className="muted">
        {t("basis", { holidays: t(`holidays-${deadline.holidays}`) })}
        {deadline.regime === "ch-fadp" ? ` ${t("swiss")}` : ""}
      </p>
      {preview ? null : (
        <>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={calendar}>
              {t("calendar")}
            </button>
          </div>
          <p className="muted">{t("calendarHint")}</p>
          <div aria-live="polite">
            {failed ? <p className="notice notice--error">{t("calendarFailed")}</p> : null}
          </div>
        </>
      )}
    </div>
  );
}
