"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

const NAMES = { fr: "Français", en: "English" } as const;

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
                {NAMES[target]}
              </span>
            ) : (
              <Link
                href={{ pathname, query }}
                prefetch={false}
                locale={target}
                lang={target}
                hrefLang={target}
              >
                {NAMES[target]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Rendered while the query string is not known yet (prerendered pages): same links, no query. */
export function LanguageSwitcherFallback() {
  const pathname = usePathname();
  return <SwitcherLinks pathname={pathname} query={{}} />;
}
