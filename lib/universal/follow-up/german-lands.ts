/**
 * The 16 German Länder by ISO 3166-2:DE subdivision code (without the "DE-" prefix). A complaint about a
 * private company goes to a Land's data protection authority (BDSG s. 40); Bavaria's for the private sector
 * is the BayLDA. Names in French and English for the complaint's wording.
 */
export const GERMAN_LANDS = [
  "BW",
  "BY",
  "BE",
  "BB",
  "HB",
  "HH",
  "HE",
  "MV",
  "NI",
  "NW",
  "RP",
  "SL",
  "SN",
  "ST",
  "SH",
  "TH",
] as const;
export type GermanLand = (typeof GERMAN_LANDS)[number];

export function isGermanLand(value: unknown): value is GermanLand {
  return typeof value === "string" && (GERMAN_LANDS as readonly string[]).includes(value);
}

export const GERMAN_LAND_NAMES: Record<GermanLand, { en: string; fr: string }> = {
  BW: { en: "Baden-Württemberg", fr: "Bade-Wurtemberg" },
  BY: { en: "Bavaria", fr: "Bavière" },
  BE: { en: "Berlin", fr: "Berlin" },
  BB: { en: "Brandenburg", fr: "Brandebourg" },
  HB: { en: "Bremen", fr: "Brême" },
  HH: { en: "Hamburg", fr: "Hambourg" },
  HE: { en: "Hesse", fr: "Hesse" },
  MV: { en: "Mecklenburg-Western Pomerania", fr: "Mecklembourg-Poméranie-Occidentale" },
  NI: { en: "Lower Saxony", fr: "Basse-Saxe" },
  NW: { en: "North Rhine-Westphalia", fr: "Rhénanie-du-Nord-Westphalie" },
  RP: { en: "Rhineland-Palatinate", fr: "Rhénanie-Palatinat" },
  SL: { en: "Saarland", fr: "Sarre" },
  SN: { en: "Saxony", fr: "Saxe" },
  ST: { en: "Saxony-Anhalt", fr: "Saxe-Anhalt" },
  SH: { en: "Schleswig-Holstein", fr: "Schleswig-Holstein" },
  TH: { en: "Thuringia", fr: "Thuringe" },
};
