"use client";

import { useLayoutEffect } from "react";
import { updateDraft } from "@/lib/client/draft-store";
import { usePathname, useRouter } from "@/lib/i18n/navigation";
import { applyPrefill } from "@/lib/universal/questionnaire/draft";
import { hasPrefill, paramsOf, PREFILL_PARAMS } from "@/lib/universal/sharing/prefill";

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
    const query = paramsOf(params);
    if (!hasPrefill(query)) return;
    updateDraft((draft) => applyPrefill(draft, query));
    for (const name of PREFILL_PARAMS) params.delete(name);
    const rest = params.toString();
    router.replace(rest ? `${pathname}?${rest}` : pathname);
  }, [pathname, router]);
  return null;
}
