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
 * client-side navigation). Rendered by the step itself, inside DraftGate.
 */
export function DraftReveal({ ready }: { ready: boolean }) {
  const hydrated = useHydrated();
  useLayoutEffect(() => {
    if (hydrated && ready) reveal();
  }, [hydrated, ready]);
  useEffect(() => {
    if (!hydrated) return;
    const id = window.setTimeout(reveal, LAST_RESORT_MS);
    return () => window.clearTimeout(id);
  }, [hydrated]);
  useLayoutEffect(() => reveal, []);
  return null;
}
