import { Text, View } from "@react-pdf/renderer";
import { CONTENT_WIDTH, IDENTIFIER_MIN_SIZE, SENDER_WIDTH, styles } from "./styles";
import { fittingSize, textWidth, wholeWords, wrapLongWords } from "./text-width";

/** Defensive: DejaVu Serif has no glyph for "℅" (U+2105); should one reach the layout, print "c/o". */
export const printable = (line: string) => line.replace(/\u2105/g, "c/o");

/** Estimates err by a few per cent: keep that much room. */
const SAFETY = 0.96;
const SENDER_SIZE = 9.5;

/** Characters of the sender column at its size, with margin (80 mm at 9.5 pt, condensed serif). */
const SENDER_COLUMN_CHARS = 40;

/**
 * Lets a long unbroken word of a name or an address line wrap inside the sender column instead of running
 * into the window zone: react-pdf does not break inside a word (a zero-width space is drawn as a glyph, not
 * taken as a break), so such words are cut with newlines, preferably after / - . @ _ ?. Identifiers (e-mail,
 * URLs) never go through this: see `IdentifierLine`.
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
  /** Identifier lines (e-mail, profile address) that fit the sender column; see `fitsSenderColumn`. */
  identifiers?: readonly string[];
}

/** Whether an identifier line can be printed whole in the sender column at a readable size. */
export function fitsSenderColumn(line: string): boolean {
  const value = line.split(" ").at(-1) ?? line;
  return fittingSize(value, SENDER_WIDTH * SAFETY, SENDER_SIZE, IDENTIFIER_MIN_SIZE.column) !== null;
}

/**
 * One identifier (an e-mail address, a URL) on one line, never hyphenated or split: set smaller when it
 * is too long for `width`. Only a string that does not fit even at the smallest size is cut, without hyphen.
 */
export function IdentifierLine({
  text,
  width,
  size,
  minimum,
}: {
  text: string;
  width: number;
  size: number;
  minimum: number;
}) {
  const fitted = fittingSize(text, width * SAFETY, size, minimum);
  return (
    <Text style={{ fontSize: fitted ?? minimum }} hyphenationCallback={wholeWords}>
      {fitted === null ? wrapLongWords(text, width * SAFETY, minimum) : text}
    </Text>
  );
}

/** Identifier lines too long for the sender column, printed across the text block under the header. */
export function WideIdentifiers({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <View style={styles.identifiers}>
      {lines.map((line, index) => (
        <IdentifierLine
          key={index}
          text={line}
          width={CONTENT_WIDTH}
          size={SENDER_SIZE}
          minimum={IDENTIFIER_MIN_SIZE.fullWidth}
        />
      ))}
    </View>
  );
}

/**
 * "Label: value" on one line when it fits the sender column at full size; otherwise the label on its own
 * line and the value (the identifier) below it, set smaller if need be.
 */
function ColumnIdentifier({ line }: { line: string }) {
  const split = /^(.*?\u00a0?:) (\S+)$/.exec(line);
  if (!split || textWidth(line, SENDER_SIZE) <= SENDER_WIDTH * SAFETY) {
    return (
      <IdentifierLine
        text={line}
        width={SENDER_WIDTH}
        size={SENDER_SIZE}
        minimum={IDENTIFIER_MIN_SIZE.column}
      />
    );
  }
  return (
    <>
      <Text hyphenationCallback={wholeWords}>{split[1]}</Text>
      <IdentifierLine
        text={split[2] ?? ""}
        width={SENDER_WIDTH}
        size={SENDER_SIZE}
        minimum={IDENTIFIER_MIN_SIZE.column}
      />
    </>
  );
}

/** The person writing, top left. */
export function SenderBlock({ name, lines, identifiers = [] }: PartyProps) {
  return (
    <View style={styles.sender}>
      <Text style={styles.partyName} hyphenationCallback={wholeWords}>
        {breakable(name)}
      </Text>
      {lines.map((line, index) => (
        <Text key={index} hyphenationCallback={wholeWords}>
          {breakable(line)}
        </Text>
      ))}
      {identifiers.map((line, index) => (
        <ColumnIdentifier key={`id-${index}`} line={line} />
      ))}
    </View>
  );
}

/**
 * The controller's DPO postal block (or the authority a complaint goes to), placed for a right-window envelope
 * (see styles.ts); its names are data from the app's tables, whose longest word fits the window's width.
 */
export function RecipientBlock({ name, lines }: PartyProps) {
  return (
    <View style={styles.recipient}>
      <Text style={styles.partyName} hyphenationCallback={wholeWords}>
        {printable(name)}
      </Text>
      {lines.map((line, index) => (
        <Text key={index} hyphenationCallback={wholeWords}>
          {printable(line)}
        </Text>
      ))}
    </View>
  );
}
