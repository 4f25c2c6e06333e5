/**
 * French typographic rules the interface text must follow, as checks that name each fault: a no-break space
 * (U+00A0 or the narrow U+202F) before « ? : ; ! » and inside guillemets, the narrow no-break space between
 * digit groups ("1 000"), and the typographic apostrophe (’) rather than the straight one.
 */
export interface TypographyFault {
  rule:
    "space-before-punctuation" | "space-inside-guillemets" | "thousands-separator" | "straight-apostrophe";
  excerpt: string;
}

const NO_BREAK = "[\\u00a0\\u202f]";
const RULES: readonly { rule: TypographyFault["rule"]; pattern: RegExp }[] = [
  // Only punctuation that ends a word ("Lieu :", "Et ensuite ?"), so "https://" or "12:30" are not text.
  {
    rule: "space-before-punctuation",
    pattern: new RegExp(`(?<!${NO_BREAK})[?:;!](?=[\\s\\u00a0\\u202f]|$)`, "g"),
  },
  { rule: "space-inside-guillemets", pattern: new RegExp(`«(?!${NO_BREAK})|(?<!${NO_BREAK})»`, "g") },
  { rule: "thousands-separator", pattern: /\d[ \u00a0]\d{3}(?!\d)/g },
  { rule: "straight-apostrophe", pattern: /'/g },
];

/** The faults in one French text, each with a few characters around it (empty when it is correct). */
export function frenchTypographyFaults(text: string): TypographyFault[] {
  // HTTP headers quoted as code ("Content-Type: application/json") keep their own syntax.
  const prose = text.replace(/\b(?:Content-Type|Authorization):/g, (header) => header.slice(0, -1));
  const faults: TypographyFault[] = [];
  for (const { rule, pattern } of RULES) {
    for (const match of prose.matchAll(pattern)) {
      const at = match.index ?? 0;
      faults.push({ rule, excerpt: prose.slice(Math.max(0, at - 15), at + match[0].length + 15) });
    }
  }
  return faults;
}
