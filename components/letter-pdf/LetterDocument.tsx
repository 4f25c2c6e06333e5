import { Document, Page, View } from "@react-pdf/renderer";
import type { LetterModel } from "@/lib/universal/letter/model";
import { LetterBody } from "./LetterBody";
import { LetterHeading } from "./LetterHeading";
import { FoldMarks, PageFooter } from "./PageFurniture";
import { fitsSenderColumn, RecipientBlock, SenderBlock, WideIdentifiers } from "./PartyBlocks";
import { SignatureBlock } from "./SignatureBlock";
import { styles } from "./styles";

/**
 * The objection letter as a PDF: A4, sender and window-envelope recipient blocks, place and date,
 * reference, subject, body, signatures and a footer with reference and page numbers. Everything it
 * prints comes from the model (wording and labels in the letter's language); no hooks, no I/O.
 * Metadata carries the title and language only: no author, so no personal data beyond the letter itself.
 */
export function LetterDocument({ model }: { model: LetterModel }) {
  // Identifiers too long for the sender column are printed whole across the page rather than split.
  const identifiers = model.sender.identifiers ?? [];
  const wide = identifiers.some((line) => !fitsSenderColumn(line));
  return (
    <Document
      title={model.title}
      subject={model.subject}
      language={model.locale}
      creator="objection-linkedin-ai"
      producer="objection-linkedin-ai"
    >
      <Page size="A4" style={styles.page}>
        <FoldMarks />
        <View style={styles.content}>
          <View style={styles.header}>
            <SenderBlock
              name={model.sender.name}
              lines={model.sender.lines}
              identifiers={wide ? [] : identifiers}
            />
            <RecipientBlock name={model.recipient.name} lines={model.recipient.lines} />
          </View>
          <WideIdentifiers lines={wide ? identifiers : []} />
          <LetterHeading
            placeAndDate={model.placeAndDate}
            referenceLabel={model.labels.reference}
            reference={model.reference}
            subjectLabel={model.labels.subject}
            subject={model.subject}
            colon={model.typography.colon}
          />
          <LetterBody
            salutation={model.salutation}
            paragraphs={model.paragraphs}
            closing={model.closing}
            quoteMarks={model.typography.quotes}
            signature={<SignatureBlock signatures={model.signatures} />}
          />
        </View>
        <PageFooter reference={model.reference} pageOf={model.labels.pageOf} />
      </Page>
    </Document>
  );
}
