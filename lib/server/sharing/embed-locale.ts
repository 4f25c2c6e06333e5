import "server-only";
import { headers } from "next/headers";
import { isLocale, negotiateLocale, type Locale } from "@/lib/universal/i18n/locales";

/** The embed's language: `?lang=fr|en|de|it`, else the partner's default, else the reader's Accept-Language. */
export async function embedLocale(lang: string | string[] | undefined, fallback?: string): Promise<Locale> {
  const wanted = typeof lang === "string" ? lang.trim().toLowerCase() : undefined;
  if (isLocale(wanted)) return wanted;
  if (isLocale(fallback)) return fallback;
  return negotiateLocale(null, (await headers()).get("accept-language"));
}
