import type { CountryCode } from "@/lib/universal/rules/types";
import { countryName } from "./country-name";

/** Countries whose English name takes "the" in a sentence ("in the United Kingdom", "in the Netherlands"). */
const ENGLISH_THE = new Set(["AE", "BS", "CD", "CF", "CG", "DO", "GB", "GM", "NL", "PH", "US", "VA"]);

/**
 * A country's name as it stands inside a sentence in `locale`: English adds "the" where the name needs it
 * (the list above, and every "… Islands"). French sentences are written around the name ("votre pays de
 * résidence (France)"), so the name is returned as is.
 */
export function countryInSentence(code: CountryCode, locale: string): string {
  const name = countryName(code, locale);
  if (!locale.startsWith("en")) return name;
  const upper = code.trim().toUpperCase();
  return ENGLISH_THE.has(upper) || / Islands$/.test(name) ? `the ${name}` : name;
}
