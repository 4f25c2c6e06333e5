import type { Locale } from "@/lib/universal/i18n/locales";
import { MESSAGES, type Messages } from "./messages";

type Namespace = keyof Messages;

/**
 * The messages a subtree's client components need, and nothing more: whatever a provider gets is
 * serialised into every page's HTML, so passing the whole catalogue would add ~40 KB to each page.
 */
export function clientMessages(locale: Locale, namespaces: readonly Namespace[]): Partial<Messages> {
  const all = MESSAGES[locale];
  return Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]])) as Partial<Messages>;
}

/** What every page's client components use: the language switcher (the home page's letter count is rendered on the server). */
export function layoutClientMessages(locale: Locale): Partial<Messages> {
  return { Layout: MESSAGES[locale].Layout };
}
