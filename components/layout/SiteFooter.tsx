import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export function SiteFooter() {
  const t = useTranslations("Layout");
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>{t("footerIndependent")}</p>
        <nav aria-label={t("footerNav")}>
          <ul className="inline-list">
            <li>
              <Link href="/privacy" prefetch={false}>
                {t("navPrivacy")}
              </Link>
            </li>
            <li>
              <Link href="/legal" prefetch={false}>
                {t("navLegal")}
              </Link>
            </li>
            <li>
              <Link href="/partners" prefetch={false}>
                {t("navPartners")}
              </Link>
            </li>
            <li>
              <Link href="/developers" prefetch={false}>
                {t("navDevelopers")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
