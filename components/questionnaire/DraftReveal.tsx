"use client";

import { useEffect, useLayoutEffect } from "react";
import { DRAFT_PENDING_CLASS } from "./draft-pending";
import { useHydrated } from "./use-draft";

const reveal = () => document.documentElement.classList.remove(DRAFT_PENDING_CLASS);

/** Shown after this long in any case, should the step's code never answer (it reports failures itself). */
const LAST_RESORT_MS = 10_000;

/**
 * Shows the step once React has drawn it with the browser's answers and `ready` says the step's content is
 * there (the letter, built from code loaded after the page's): in the same commit as that content (a layout
 * effect runs before the browser paints it), and when the step goes away (the <html> element outlives a
 * client-side navigation). Rendered by the step itself, inside DraftGate, whose style hides the step meanwhile.
 */
export function DraftReveal({ ready }: { ready: boolean }) {
  const hydrated = useHydrated();
  useLayoutEffect(() => {
    if (hydrated && ready) reveal();
    // Reached by a link within the app, the step was not hidden by DraftGate's script (it only runs with the
    // page's HTML): it is hidden here, before the browser paints it, until its content is there.
    else if (!ready) document.documentElement.classList.add(DRAFT_PENDING_CLASS);
  }, [hydrated, ready]);
  useEffect(() => {
    if (!hydrated) return;
    const id = window.setTimeout(reveal, LAST_RESORT_MS);
    return () => window.clearTimeout(id);
  }, [hydrated]);
  useLayoutEffect(() => reveal, []);
  return null;
}
