import { Text, View } from "@react-pdf/renderer";
import type { LetterParagraph } from "@/lib/universal/letter/model";
import { styles } from "./styles";

/**
 * No hyphenation: react-pdf's default patterns are English and would break French words wrongly;
 * a letter reads better with whole words.
 */
const wholeWords = (word: string) => [word];

interface LetterBodyProps {
  salutation: string;
  paragraphs: readonly LetterParagraph[];
  closing: string;
  /** Opening and closing quotation marks in the letter's language. */
  quoteMarks: readonly [string, string];
}

/** Salutation, the ordered paragraphs (with data-category items and the person's own words) and the closing. */
export function LetterBody({ salutation, paragraphs, closing, quoteMarks }: LetterBodyProps) {
  return (
    <View>
      <Text style={styles.salutation}>{salutation}</Text>
      {paragraphs.map((paragraph) => (
        <View key={paragraph.id} style={styles.paragraph}>
          <Text hyphenationCallback={wholeWords} orphans={2} widows={2}>
            {paragraph.text}
          </Text>
          {paragraph.items ? (
            <View style={styles.items}>
              {paragraph.items.map((item, index) => (
                <View key={index} style={styles.item} wrap={false}>
                  <Text style={styles.bullet}>–</Text>
                  <Text style={styles.itemText} hyphenationCallback={wholeWords}>
                    {item}
                  </Text>
                </View>
              ))}
            </View>
          ) : null}
          {paragraph.quote ? (
            <Text style={styles.quote} hyphenationCallback={wholeWords}>
              {`${quoteMarks[0]}${paragraph.quote}${quoteMarks[1]}`}
            </Text>
          ) : null}
        </View>
      ))}
      <Text style={styles.closing}>{closing}</Text>
    </View>
  );
}
