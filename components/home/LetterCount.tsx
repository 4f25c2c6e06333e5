import { useFormatter, useTranslations } from "next-intl";
import styles from "./LetterCount.module.css";

/**
 * The public number of letters prepared, drawn on the server with the page (the home page is regenerated
 * at most once a minute with the cached total), so it is there at the first paint and never changes under
 * the reader's eyes. Shows nothing when the total could not be read (e.g. the copy made at build time).
 */
export function LetterCount({ letters }: { letters: number | null }) {
  const t = useTranslations();
  const format = useFormatter();
  if (letters === null) return null;
  return (
    <p className={styles.count} data-testid="letter-count">
      <span className={styles.label}>{t("Home.countTitle")}</span>
      <span className={styles.value}>{format.number(letters)}</span>
      <span className={styles.caption}>{t("Share.countCaption")}</span>
    </p>
  );
}
