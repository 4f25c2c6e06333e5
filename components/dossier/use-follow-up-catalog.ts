"use client";

import { useEffect, useState } from "react";
import { loadFollowUpCatalog } from "@/lib/universal/follow-up/catalog/load";
import type { FollowUpCatalog } from "@/lib/universal/follow-up/catalog/types";
import type { Locale } from "@/lib/universal/i18n/locales";

/**
 * The follow-up wording of one language, loaded on its own (not every language's): null until it has arrived.
 * If it cannot be loaded (connection lost), it stays null and the caller shows nothing, as when its own code
 * cannot be loaded.
 */
export function useFollowUpCatalog(locale: Locale): FollowUpCatalog | null {
  const [loaded, setLoaded] = useState<FollowUpCatalog | null>(null);
  useEffect(() => {
    let current = true;
    loadFollowUpCatalog(locale).then(
      (catalog) => {
        if (current) setLoaded(catalog);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [locale]);
  return loaded?.locale === locale ? loaded : null;
}
