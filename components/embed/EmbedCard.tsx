import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/universal/i18n/locales";
import styles from "./EmbedCard.module.css";

/**
 * The embeddable card, a whole document: embed routes sit outside `[locale]` (their language is the
 * `?lang=` query, which layouts cannot read), so the page itself carries `<html lang>`.
 */
export async function EmbedDocument({
  locale,
  partnerName,
  href,
}: {
  locale: Locale;
  partnerName?: string;
  /** Where the card leads, opened in a new tab: the partner's page or the home page. */
  href: string;
}) {
  const t = await getTranslations({ locale, namespace: "Embed" });
  const brand = await getTranslations({ locale, namespace: "Layout" });
  return (
    <html lang={locale}>
      <body className={styles.body}>
        <main className={styles.card}>
          <p className={styles.brand}>
            <span aria-hidden="true" className={styles.logo}>
              §
            </span>
            {brand("brand")}
          </p>
          {partnerName ? <p className={styles.sharedBy}>{t("sharedBy", { name: partnerName })}</p> : null}
          <h1 className={styles.title}>{t("title")}</h1>
          <p className={styles.text}>{t("body")}</p>
          <a className="button" href={href} target="_blank" rel="noopener">
            {t("cta")} <span className="visually-hidden">{t("newTab")}</span>
          </a>
        </main>
      </body>
    </html>
  );
}
