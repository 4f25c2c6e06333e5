import { Text, View } from "@react-pdf/renderer";
import { styles } from "./styles";

/**
 * DejaVu Serif has no glyph for "℅" (U+2105, care of) that LinkedIn's DPO block starts with:
 * print its usual spelling "c/o" instead of a blank. The plain-text letter keeps "℅".
 */
export const printable = (line: string) => line.replace(/\u2105/g, "c/o");

/** Characters of the sender column at its size, with margin (80 mm at 9.5 pt, condensed serif). */
const SENDER_COLUMN_CHARS = 40;

/**
 * Lets long unbroken strings (profile URLs, e-mail addresses) wrap inside the sender column instead of
 * running into the window zone: react-pdf does not break inside a word (a zero-width space is drawn as a
 * glyph, not taken as a break), so long words are cut with newlines, preferably after / - . @ _ ?.
 */
export function breakable(line: string, width = SENDER_COLUMN_CHARS): string {
  return line
    .split(" ")
    .map((word) => {
      const pieces: string[] = [];
      let rest = word;
      while (rest.length > width) {
        const window = rest.slice(0, width);
        // Cut after / . @ _ ? & but before a hyphen, so a line-final "-" is never mistaken for hyphenation.
        const after = Math.max(...["/", ".", "@", "_", "?", "&"].map((mark) => window.lastIndexOf(mark) + 1));
        const before = window.lastIndexOf("-", width - 1);
        const cut = Math.max(after, before);
        const at = cut >= width / 2 ? cut : width;
        pieces.push(rest.slice(0, at));
        rest = rest.slice(at);
      }
      pieces.push(rest);
      return pieces.join("\n");
    })
    .join(" ");
}

interface PartyProps {
  name: string;
  lines: readonly string[];
}

/** The person writing, top left. */
export function SenderBlock({ name, lines }: PartyProps) {
  return (
    <View style={styles.sender}>
      <Text style={styles.partyName}>{breakable(name)}</Text>
      {lines.map((line, index) => (
        <Text key={index}>{breakable(line)}</Text>
      ))}
    </View>
  );
}

/** The controller's DPO postal block, placed for a right-window envelope (see styles.ts). */
export function RecipientBlock({ name, lines }: PartyProps) {
  return (
    <View style={styles.recipient}>
      <Text style={styles.partyName}>{printable(name)}</Text>
      {lines.map((line, index) => (
        <Text key={index}>{printable(line)}</Text>
      ))}
    </View>
  );
}
