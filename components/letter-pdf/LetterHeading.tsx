import { Text, View } from "@react-pdf/renderer";
import { styles } from "./styles";
import { wholeWords } from "./text-width";

interface LetterHeadingProps {
  placeAndDate: string;
  referenceLabel: string;
  reference: string;
  subjectLabel: string;
  subject: string;
  /** ":" in English, " :" with a non-breaking space in French. */
  colon: string;
}

/** Place and date, reference and subject line. */
export function LetterHeading({
  placeAndDate,
  referenceLabel,
  reference,
  subjectLabel,
  subject,
  colon,
}: LetterHeadingProps) {
  return (
    <View>
      <Text style={styles.placeAndDate}>{placeAndDate}</Text>
      <Text style={styles.meta}>
        <Text style={styles.metaLabel}>{`${referenceLabel}${colon} `}</Text>
        {reference}
      </Text>
      <Text
        style={styles.subject}
        hyphenationCallback={wholeWords}
      >{`${subjectLabel}${colon} ${subject}`}</Text>
    </View>
  );
}
