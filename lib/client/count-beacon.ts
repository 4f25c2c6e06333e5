import type { Locale } from "@/lib/universal/i18n/locales";

/**
 * Tells the server, anonymously, that a letter was generated: country, letter language and partner slug,
 * nothing else. `keepalive` lets the request finish if the page changes; any failure
 * is ignored because counting must never stand between the person and their letter.
 */
export function sendLetterCount(event: { country: string; locale: Locale; partner: string | null }): void {
  const body: { country: string; locale: Locale; partner?: string } = {
    country: event.country,
    locale: event.locale,
  };
  if (event.partner) body.partner = event.partner;
  try {
    void fetch("/api/v1/count", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      keepalive: true,
      credentials: "omit",
      cache: "no-store",
    }).catch(() => undefined);
  } catch {
    // fetch can throw synchronously (e.g. keepalive quota): still ignored.
  }
}
