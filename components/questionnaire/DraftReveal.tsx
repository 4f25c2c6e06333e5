"use client";

import { useLayoutEffect } from "react";
import { useHydrated } from "./use-draft";

/** The class DraftGate's inline script puts on <html> while the answers are not drawn yet. */
export const DRAFT_PENDING_CLASS = "draft-pending";

const reveal = () => document.documentElement.classList.remove(DRAFT_PENDING_CLASS);

/**
 * Shows the step once React has drawn it with the browser's answers: in the same commit as the step's
 * content (a layout effect runs before the browser paints it), and when the step goes away (the <html>
 * element outlives a client-side navigation).
 */
export function DraftReveal() {
  const hydrated = useHydrated();
  useLayoutEffect(() => {
    if (hydrated) reveal();
  }, [hydrated]);
  useLayoutEffect(() => reveal, []);
  return null;
}
