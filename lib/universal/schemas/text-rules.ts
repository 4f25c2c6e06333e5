/**
 * Which characters a letter may carry. The PDF embeds DejaVu Serif, so the contract is
 * "any Latin-script text renders": every code point accepted here has a glyph in that font
 * (checked against its cmap with `fc-query`). Anything else (other scripts, emoji, control and
 * bidirectional formatting characters such as U+202E) is refused rather than printed as blanks.
 */

/** Latin letters with a glyph in DejaVu Serif: ASCII, Latin-1, Extended-A/B, Extended Additional. */
const LATIN_LETTER = "A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFB";
/** Combining diacritics, for names typed in decomposed form (normalised to NFC anyway). */
const COMBINING = "\\u0300-\\u033F";
/** Apostrophes (', ’, ʼ), hyphens (-, ‐), dot for initials, and the ordinary space. */
const NAME_JOINERS = " '\\u2019\\u02BC\\-\\u2010.";

const NAME_PATTERN = new RegExp(`^[${LATIN_LETTER}${COMBINING}${NAME_JOINERS}]+$`, "u");
const HAS_LETTER = new RegExp(`[${LATIN_LETTER}]`, "u");

/**
 * Printable text with a glyph in the letter font: Basic Latin, Latin-1 (no C1 controls),
 * Latin Extended, combining marks, dashes, quotes, bullet, ellipsis, per mille, guillemets, euro.
 * Zero-width and bidi controls (U+200B-U+200F, U+202A-U+202E, U+2066-U+2069) are outside every range.
 */
const PRINTABLE = `\\u0020-\\u007E\\u00A0-\\u024F${COMBINING}\\u1E00-\\u1EFB\\u2010-\\u2026\\u2030\\u2039\\u203A\\u20AC`;
const LINE_PATTERN = new RegExp(`^[${PRINTABLE}]*$`, "u");
const MULTILINE_PATTERN = new RegExp(`^[${PRINTABLE}\\n\\t]*$`, "u");

/** Normalises text the way the letter prints it: NFC, Unix newlines, no surrounding blanks. */
export function normalizeText(value: string): string {
  return value.normalize("NFC").replace(/\r\n?/g, "\n").trim();
}

/** A person's name: Latin letters with apostrophes, hyphens, spaces and dots, at least one letter. */
export function isLatinName(value: string): boolean {
  return NAME_PATTERN.test(value) && HAS_LETTER.test(value) && !/\s{2,}/.test(value);
}

/** One line of printable Latin-script text (place, address line, postal code). */
export function isPrintableLine(value: string): boolean {
  return LINE_PATTERN.test(value);
}

/** Free text over several lines (the person's own words). */
export function isPrintableText(value: string): boolean {
  return MULTILINE_PATTERN.test(value);
}
