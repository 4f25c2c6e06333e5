import type { OpenApiText } from "@/lib/universal/api/openapi";
import type { Locale } from "@/lib/universal/i18n/locales";
import { translatorFor } from "./translator";

/** The `Developers` messages as the OpenAPI builder reads them (its keys are built from route ids). */
export function apiDocsText(locale: Locale): OpenApiText {
  const t = translatorFor(locale);
  // Keys are `Developers.operations.<route id>…`: checked by the OpenAPI test for every route, both languages.
  return (key, values) => t(`Developers.${key}` as never, values as never);
}
