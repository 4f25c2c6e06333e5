import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/universal/i18n/locales";
import { routing } from "./routing";

/**
 * The locale of a page from its `params`: 404 for an unknown one, and registered with next-intl so
 * the page can be prerendered.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
