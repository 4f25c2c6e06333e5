/**
 * The German Länder without their authorities: the questionnaire checks a stored Land code in the browser,
 * which needs the 16 codes, not the table of authorities (lib/universal/data/authorities.ts).
 */

/** The 16 German Länder, by their ISO 3166-2:DE subdivision code without the "DE-" prefix. */
// prettier-ignore
export const GERMAN_LAENDER = [
  "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH",
] as const;
export type GermanLand = (typeof GERMAN_LAENDER)[number];

/** Whether `value` is a Land code ("BY"). */
export function isGermanLand(value: unknown): value is GermanLand {
  return typeof value === "string" && (GERMAN_LAENDER as readonly string[]).includes(value);
}
