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
