import type { Metadata } from "next";
import type { ReactNode } from "react";
import { siteOrigin } from "@/lib/server/site-url";
import "./globals.css";

/** Absolute URLs in metadata (og:image, canonical) resolve against SITE_URL on every page, embeds included. */
export const metadata: Metadata = { metadataBase: new URL(siteOrigin()) };

// The <html> element lives in app/[locale]/layout.tsx (its `lang` depends on the locale) and in
// app/not-found.tsx for paths outside any locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
