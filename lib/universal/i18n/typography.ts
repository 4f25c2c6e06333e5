import type { Regime } from "@/lib/universal/rules/types";
import type { Locale } from "./locales";

/** Punctuation that differs between the languages (and between Germany and Switzerland) in generated text. */
export interface Typography {
  /** What follows a label: French puts a non-breaking space before the colon. */
  colon: string;
  /** Between items of an inline list: French puts a non-breaking space before the semicolon. */
  listSeparator: string;
  /** Opening and closing quotation marks around the person's own words. */
  quotes: readonly [string, string];
  /** French and Italian write the typographic apostrophe (’), also inside names taken from data tables. */
  curlyApostrophe: boolean;
}

const PLAIN: Typography = { colon: ":", listSeparator: "; ", quotes: ["“", "”"], curlyApostrophe: false };

const TYPOGRAPHY: Record<Locale, Typography> = {
  en: PLAIN,
  fr: { colon: "\u00a0:", listSeparator: "\u00a0; ", quotes: ["«\u00a0", "\u00a0»"], curlyApostrophe: true },
  de: { colon: ":", listSeparator: "; ", quotes: ["„", "“"], curlyApostrophe: false },
};

/** Switzerland quotes with guillemets in German too («…»). */
const SWISS: Partial<Record<Locale, Typography>> = {
  de: { colon: ":", listSeparator: "; ", quotes: ["«", "»"], curlyApostrophe: false },
};

/** The typography of generated text in `locale`; `regime` picks the Swiss conventions where they differ. */
export function typography(locale: Locale, regime?: Regime): Typography {
  return (regime === "ch-fadp" ? SWISS[locale] : undefined) ?? TYPOGRAPHY[locale];
}

/** Replaces straight apostrophes with typographic ones where the language writes them. */
export function withApostrophes(text: string, style: Typography): string {
  return style.curlyApostrophe ? text.replace(/'/g, "’") : text;
}
