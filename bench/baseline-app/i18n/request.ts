import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  // The app's own message files, copied next to this app by bench/lib/baseline.ts.
  const messages = (await import(`../messages/${locale}.json`)).default;
  return { locale, messages };
});
