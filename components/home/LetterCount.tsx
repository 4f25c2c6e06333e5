"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import styles from "./LetterCount.module.css";

/**
 * The public number of letters prepared, fetched in the browser from `/api/v1/stats` (cached there for
 * a minute) so the home page stays prerendered and fast. Shows nothing if the count cannot be read.
 */
export function LetterCount() {
  const t = useTranslations();
  const format = useFormatter();
  const [letters, setLetters] = useState<number | null | "failed">(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/v1/stats", { signal: controller.signal, credentials: "omit" })
      .then((response) =>
        response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
      )
      .then((body: { letters?: unknown }) =>
        setLetters(typeof body.letters === "number" ? body.letters : "failed"),
      )
      .catch(() => {
        if (!controller.signal.aborted) setLetters("failed");
      });
    return () => controller.abort();
  }, []);

  if (letters === "failed") return null;
  return (
    <p className={styles.count} data-testid="letter-count">
      <span className={styles.label}>{t("Home.countTitle")}</span>
      <span className={styles.value} aria-live="polite">
        {letters === null ? t("Share.countLoading") : format.number(letters)}
      </span>
      <span className={styles.caption}>{t("Share.countCaption")}</span>
    </p>
  );
}
