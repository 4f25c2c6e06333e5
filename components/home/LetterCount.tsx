import { useFormatter, useTranslations } from "next-intl";
import styles from "./LetterCount.module.css";

/**
 * The public number of letters downloaded, rendered on the server with the home page (no script, no
 * request from the browser). The page is regenerated in the background at most once a minute, so the
 * figure can lag behind the API's by that much (app/[locale]/page.tsx `revalidate`). `null`: the count
 * could not be read (database down, and no earlier figure in this process): said in words.
 */
export function LetterCount({ letters }: { letters: number | null }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <p className={styles.count} data-testid="letter-count">
      <span className={styles.label}>{t("Home.countTitle")}</span>
      {letters === null ? (
        <span className={styles.unavailable}>{t("Home.countUnavailable")}</span>
      ) : (
        <span className={styles.value}>{format.number(letters)}</span>
      )}
      <span className={styles.caption}>{t("Share.countCaption")}</span>
    </p>
  );
}
