"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { copyText } from "@/lib/client/clipboard";
import styles from "./CopyBlock.module.css";

/** Text to copy: shown in full (so it can also be selected by hand) with a copy button and a status message. */
export function CopyBlock({
  label,
  text,
  rows = 4,
  lang,
}: {
  label: string;
  text: string;
  rows?: number;
  lang?: string;
}) {
  const t = useTranslations("Questionnaire.copy");
  const id = useId();
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <div className={styles.block}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly rows={rows} value={text} lang={lang} className={styles.text} />
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--secondary"
          onClick={async () => setStatus((await copyText(text)) ? "copied" : "failed")}
        >
          {t("button")}
          <span className="visually-hidden"> {label}</span>
        </button>
        <span role="status" className={styles.status}>
          {status === "copied" ? t("copied") : status === "failed" ? t("failed") : ""}
        </span>
      </div>
    </div>
  );
}
