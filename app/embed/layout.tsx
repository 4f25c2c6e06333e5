import type { ReactNode } from "react";

/**
 * Embeds (`/embed`, `/embed/{slug}`) are the only routes other sites may frame (next.config.ts sets
 * `frame-ancestors *` for them). Their language comes from `?lang=`, which a layout cannot read, so
 * each page renders its own `<html lang>` (components/embed/EmbedCard.tsx); this layout adds nothing.
 */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return children;
}
