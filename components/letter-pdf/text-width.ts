/**
 * Widths of text set in DejaVu Serif Condensed, to size lines that must never be broken (e-mail addresses,
 * URLs) and to cut words longer than a line. Advance widths in thousandths of an em, read from the font files
 * with fontkit: printable ASCII (U+0020-U+007E) for the regular and bold cuts (the italic cut has the regular
 * widths). Other characters count as the widest Latin letter in common use, so estimates err on the wide side.
 */
// prettier-ignore
const REGULAR = [
  286, 361, 414, 754, 572, 855, 801, 247, 351, 351, 450, 754, 286, 304, 286, 303, 572, 572, 572, 572, 572, 572, 572,
  572, 572, 572, 303, 303, 754, 754, 754, 482, 900, 650, 661, 688, 721, 657, 624, 719, 785, 355, 360, 672, 598, 921,
  787, 738, 605, 738, 677, 616, 600, 758, 650, 925, 641, 594, 625, 351, 303, 351, 754, 450, 450, 536, 576, 504, 576,
  532, 333, 576, 580, 288, 279, 545, 288, 853, 580, 542, 576, 576, 430, 461, 361, 580, 508, 770, 507, 508, 474, 572,
  303, 572, 754,
];
// prettier-ignore
const BOLD = [
  313, 395, 469, 754, 626, 855, 813, 275, 426, 426, 470, 754, 313, 374, 313, 329, 626, 626, 626, 626, 626, 626, 626,
  626, 626, 626, 332, 332, 754, 754, 754, 527, 900, 698, 760, 716, 780, 686, 639, 769, 850, 421, 426, 782, 633, 996,
  822, 784, 677, 784, 748, 650, 669, 785, 698, 1011, 698, 642, 657, 426, 329, 426, 754, 450, 450, 583, 629, 548, 629,
  572, 387, 629, 654, 342, 325, 624, 342, 952, 654, 600, 629, 629, 474, 506, 416, 654, 523, 774, 536, 523, 511, 579,
  327, 579, 754,
];
const OTHER = 950;

/** Width of `text` in points at `fontSize`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    units += code >= 0x20 && code <= 0x7e ? (table[code - 0x20] ?? OTHER) : OTHER;
  }
  return (units * fontSize) / 1000;
}

/**
 * The font size at which `text` fits on one line of `width` points: `preferred` when it fits, smaller down
 * to `minimum`. Returns null when even `minimum` is too large.
 */
export function fittingSize(text: string, width: number, preferred: number, minimum: number): number | null {
  const natural = textWidth(text, preferred);
  if (natural <= width) return preferred;
  const size = Math.floor(((preferred * width) / natural) * 10) / 10;
  return size >= minimum ? size : null;
}

/**
 * Cuts every word wider than `width` into pieces that fit, separated by line breaks (no hyphen is added:
 * a hyphen would read as part of the word). Shorter words are left for the line breaker.
 */
export function wrapLongWords(text: string, width: number, fontSize: number, bold = false): string {
  return text
    .split("\n")
    .map((line) =>
      line
        .split(" ")
        .map((word) => {
          if (textWidth(word, fontSize, bold) <= width) return word;
          const pieces: string[] = [];
          let piece = "";
          for (const char of word) {
            if (piece && textWidth(piece + char, fontSize, bold) > width) {
              pieces.push(piece);
              piece = "";
            }
            piece += char;
          }
          pieces.push(piece);
          return pieces.join("\n");
        })
        .join(" "),
    )
    .join("\n");
}

/**
 * react-pdf's hyphenation callback that never splits a word: its built-in patterns are English ones, which cut
 * German and Italian words in the wrong places, and identifiers and names must stay whole. Lines break at
 * spaces; a word longer than a line is cut by `wrapLongWords`.
 */
export const wholeWords = (word: string): string[] => [word];
