"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/universal/i18n/locales";

/** Each language by its own name; on phones the two-letter code is shown and the name stays the link's name. */
const NAMES: Record<Locale, string> = { fr: "Français", en: "English", de: "Deutsch", it: "Italiano" };

/** Links to the same page in the other languages, keeping the query string. */
export function LanguageSwitcher() {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  return <SwitcherLinks pathname={pathname} query={Object.fromEntries(searchParams.entries())} />;
}

function SwitcherLinks({ pathname, query }: { pathname: string; query: Record<string, string> }) {
  const locale = useLocale();
  const t = useTranslations("Layout");
  return (
    <nav aria-label={t("languageNav")} className="language-switcher">
      <ul className="inline-list">
        {routing.locales.map((target) => (
          <li key={target}>
            {target === locale ? (
              <span aria-current="true" lang={target} className="language-switcher__current">
                <LanguageName locale={target} />
              </span>
            ) : (
              <Link
                href={{ pathname, query }}
                prefetch={false}
                locale={target}
                lang={target}
                hrefLang={target}
              >
                <LanguageName locale={target} />
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "Deutsch" on wide screens, "DE" on phones; the full name is always what assistive technologies read. */
function LanguageName({ locale }: { locale: Locale }) {
  return (
    <>
      <span className="language-switcher__name">{NAMES[locale]}</span>
      <span className="language-switcher__code" aria-hidden="true">
        {locale.toUpperCase()}
      </span>
    </>
  );
}

/** Rendered while the query string is not known yet (prerendered pages): same links, no query. */
export function LanguageSwitcherFallback() {
  const pathname = usePathname();
  return <SwitcherLinks pathname={pathname} query={{}} />;
}
