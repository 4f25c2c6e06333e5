"use client";

import { useLayoutEffect } from "react";
import { DRAFT_PENDING_CLASS } from "./draft-pending";
import { useHydrated } from "./use-draft";

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
