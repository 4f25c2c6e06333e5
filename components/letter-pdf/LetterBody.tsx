import type { ReactNode } from "react";
import { Text, View } from "@react-pdf/renderer";
import type { LetterParagraph } from "@/lib/universal/letter/model";
import { IdentifierLine } from "./PartyBlocks";
import { CONTENT_WIDTH, FONT, IDENTIFIER_MIN_SIZE, mm, styles } from "./styles";
import { wholeWords, wrapLongWords } from "./text-width";

/**
 * No hyphenation: react-pdf's default patterns are English and would break French words wrongly;
 * a letter reads better with whole words. A word longer than a whole line is cut (`wrapLongWords`).
 */

/** Widths of the bulleted lists and of the quotation (see styles.ts). */
const ITEM_WIDTH = CONTENT_WIDTH - mm(5);
const QUOTE_WIDTH = CONTENT_WIDTH - mm(16);
/** Long words are cut a little short of the line, leaving room for attached quotation marks or punctuation. */
const CUT = 0.9;

interface LetterBodyProps {
  salutation: string;
  paragraphs: readonly LetterParagraph[];
  closing: string;
  /** Opening and closing quotation marks in the letter's language. */
  quoteMarks: readonly [string, string];
  /**
   * Printed right after the closing (the signatures). The last paragraph, the closing and this are kept
   * on one page, so that no page holds the closing and signature alone.
   */
  signature?: ReactNode;
}

function Paragraph({
  paragraph,
  quoteMarks,
}: {
  paragraph: LetterParagraph;
  quoteMarks: readonly [string, string];
}) {
  return (
    <View style={styles.paragraph}>
      <Text hyphenationCallback={wholeWords} orphans={2} widows={2}>
        {paragraph.text}
      </Text>
      {paragraph.items ? (
        <View style={styles.items}>
          {paragraph.items.map((item, index) => (
            <View key={index} style={styles.item} wrap={false}>
              <Text style={styles.bullet}>–</Text>
              <Text style={styles.itemText} hyphenationCallback={wholeWords}>
                {wrapLongWords(item, ITEM_WIDTH * CUT, FONT.body)}
              </Text>
            </View>
          ))}
        </View>
      ) : null}
      {paragraph.identifiers ? (
        <View style={styles.items}>
          {paragraph.identifiers.map((identifier, index) => (
            <View key={index} style={styles.item} wrap={false}>
              <Text style={styles.bullet}>–</Text>
              <IdentifierLine
                text={identifier}
                width={ITEM_WIDTH}
                size={FONT.body}
                minimum={IDENTIFIER_MIN_SIZE.fullWidth}
              />
            </View>
          ))}
        </View>
      ) : null}
      {paragraph.quote ? (
        <Text style={styles.quote} hyphenationCallback={wholeWords}>
          {`${quoteMarks[0]}${wrapLongWords(paragraph.quote, QUOTE_WIDTH * CUT, FONT.body)}${quoteMarks[1]}`}
        </Text>
      ) : null}
    </View>
  );
}

/** Salutation, the ordered paragraphs (with data-category items and the person's own words) and the closing. */
export function LetterBody({ salutation, paragraphs, closing, quoteMarks, signature }: LetterBodyProps) {
  const last = paragraphs.at(-1);
  return (
    <View>
      <Text style={styles.salutation}>{salutation}</Text>
      {paragraphs.slice(0, -1).map((paragraph) => (
        <Paragraph key={paragraph.id} paragraph={paragraph} quoteMarks={quoteMarks} />
      ))}
      <View wrap={false}>
        {last ? <Paragraph paragraph={last} quoteMarks={quoteMarks} /> : null}
        <Text style={styles.closing}>{closing}</Text>
        {signature}
      </View>
    </View>
  );
}
