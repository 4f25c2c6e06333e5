import { Font } from "@react-pdf/renderer";
import { FONT } from "./styles";

/**
 * DejaVu Serif Condensed (Bitstream Vera licence, see public/fonts/DejaVu-LICENSE.txt): covers Latin-1, Latin
 * Extended-A/B and Latin Extended Additional, so every name the schema accepts renders (é, ß, ł, ő, ø, ğ).
 * The condensed cut keeps a two-page letter on two pages; react-pdf embeds only the glyphs used (subsetting).
 */
export const LETTER_FONT_FILES = {
  regular: "DejaVuSerifCondensed.ttf",
  bold: "DejaVuSerifCondensed-Bold.ttf",
  italic: "DejaVuSerifCondensed-Italic.ttf",
} as const;

let registeredWith: string | null = null;

const STYLES = [
  { fontWeight: "normal", fontStyle: "normal" },
  { fontWeight: "bold", fontStyle: "normal" },
  { fontWeight: "normal", fontStyle: "italic" },
] as const;

/** Every code point the letter may print (see lib/universal/schemas/text-rules.ts), plus the letter's own. */
const PRINTABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x1e00, 0x1eff],
  [0x2010, 0x2030],
  [0x2039, 0x203a],
  [0x20ac, 0x20ac],
];

interface GlyphCache {
  glyphForCodePoint(codePoint: number): unknown;
}
const primed = new WeakSet<object>();

/**
 * Registers the letter font family once. `locate` turns a file name into an absolute file path on the
 * server or a URL in the browser (react-pdf accepts both as `src`).
 */
export function registerLetterFonts(locate: (file: string) => string): void {
  const key = locate("");
  if (registeredWith === key) return;
  Font.register({
    family: FONT.family,
    fonts: [
      { src: locate(LETTER_FONT_FILES.regular), fontWeight: "normal", fontStyle: "normal" },
      { src: locate(LETTER_FONT_FILES.bold), fontWeight: "bold", fontStyle: "normal" },
      { src: locate(LETTER_FONT_FILES.italic), fontWeight: "normal", fontStyle: "italic" },
    ],
  });
  registeredWith = key;
}

/**
 * Works around text that renders but cannot be copied or searched: fontkit caches one glyph object per glyph id
 * with the characters of its first use, and a glyph first reached through a substitution (the "O" inside "Ő",
 * decomposed by the font's ccmp feature) is cached with none. The PDF's ToUnicode map then lacks that glyph in
 * every later letter rendered by the same process (seen with @react-pdf/renderer 4 and fontkit 2: "Officer"
 * extracted as "fficer"). Looking every printable character up once, before any layout, caches each glyph with
 * its own character. Call after `registerLetterFonts`, before rendering.
 */
export async function primeLetterFonts(): Promise<void> {
  for (const style of STYLES) {
    const descriptor = { fontFamily: FONT.family, ...style };
    await Font.load(descriptor);
    const data = (Font.getFont(descriptor) as { data?: unknown } | undefined)?.data;
    if (!data || typeof data !== "object" || primed.has(data)) continue;
    const font = data as GlyphCache;
    for (const [from, to] of PRINTABLE_RANGES) {
      for (let codePoint = from; codePoint <= to; codePoint++) font.glyphForCodePoint(codePoint);
    }
    primed.add(data);
  }
}
