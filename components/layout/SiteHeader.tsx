import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher, LanguageSwitcherFallback } from "./LanguageSwitcher";

export function SiteHeader() {
  const t = useTranslations("Layout");
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__brand">
          <span aria-hidden="true" className="site-header__logo">
            §
          </span>
          {t("brand")}
        </Link>
        <nav aria-label={t("mainNav")} className="site-header__nav">
          <Link href="/questionnaire">{t("navStart")}</Link>
          <Link href="/privacy">{t("navPrivacy")}</Link>
          <Link href="/legal">{t("navLegal")}</Link>
        </nav>
        <Suspense fallback={<LanguageSwitcherFallback />}>
          <LanguageSwitcher />
        </Suspense>
      </div>
    </header>
  );
}
