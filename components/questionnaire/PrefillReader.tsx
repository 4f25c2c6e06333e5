"use client";

import { useLayoutEffect } from "react";
import { updateDraft } from "@/lib/client/draft-store";
import { usePathname, useRouter } from "@/lib/i18n/navigation";
import { applyPrefill, hasPrefill } from "@/lib/universal/questionnaire/draft";

/**
 * Reads a partner link's prefill (`?partner=…&country=…&age=…&account=…&school=…&letter=…`) once, keeps it with
 * the answers in this tab (no cookie), then removes it from the address bar so a reload or a shared URL does not
 * apply it again over the person's own changes. Runs as a layout effect so it lands before any step's redirect.
 */
export function PrefillReader() {
  const pathname = usePathname();
  const router = useRouter();
  useLayoutEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const get = (name: string) => params.get(name);
    if (!hasPrefill(get)) return;
    updateDraft((draft) => applyPrefill(draft, get));
    for (const name of ["partner", "country", "age", "account", "school", "letter"]) params.delete(name);
    const rest = params.toString();
    router.replace(rest ? `${pathname}?${rest}` : pathname);
  }, [pathname, router]);
  return null;
}
