import { Text, View } from "@react-pdf/renderer";
import { FOLD_MARKS, styles } from "./styles";

interface PageFooterProps {
  reference: string;
  /** "Page {page} of {total}" in the letter's language. */
  pageOf: string;
}

/** Reference and page numbers on every page, so separated sheets still belong together. */
export function PageFooter({ reference, pageOf }: PageFooterProps) {
  return (
    <View style={styles.footer} fixed>
      <Text>{reference}</Text>
      <Text
        render={({ pageNumber, totalPages }) =>
          pageOf.replace("{page}", String(pageNumber)).replace("{total}", String(totalPages))
        }
      />
    </View>
  );
}

/** Short marks in the left margin where the sheet is folded in three for a DL envelope. */
export function FoldMarks() {
  return (
    <>
      {FOLD_MARKS.map((top) => (
        <View key={top} style={[styles.foldMark, { top }]} fixed />
      ))}
    </>
  );
}
