import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher, LanguageSwitcherFallback } from "./LanguageSwitcher";

export function SiteHeader() {
  const t = useTranslations("Layout");
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" prefetch={false} className="site-header__brand">
          <span aria-hidden="true" className="site-header__logo">
            §
          </span>
          {t("brand")}
        </Link>
        <nav aria-label={t("mainNav")} className="site-header__nav">
          <Link href="/questionnaire" prefetch={false}>
            {t("navStart")}
          </Link>
          <Link href="/privacy" prefetch={false}>
            {t("navPrivacy")}
          </Link>
          <Link href="/legal" prefetch={false}>
            {t("navLegal")}
          </Link>
        </nav>
        <Suspense fallback={<LanguageSwitcherFallback />}>
          <LanguageSwitcher />
        </Suspense>
      </div>
    </header>
  );
}
