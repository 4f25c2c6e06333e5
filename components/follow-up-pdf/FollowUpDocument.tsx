import { Document, Page, Text, View } from "@react-pdf/renderer";
import { FoldMarks, PageFooter } from "@/components/letter-pdf/PageFurniture";
import { RecipientBlock, SenderBlock } from "@/components/letter-pdf/PartyBlocks";
import { SignatureBlock } from "@/components/letter-pdf/SignatureBlock";
import { styles } from "@/components/letter-pdf/styles";
import type { FollowUpModel } from "@/lib/universal/follow-up/model";
import { wholeWords } from "@/components/letter-pdf/text-width";

/**
 * A reminder, reply or complaint as a PDF, laid out like the objection letter with the letter's own sender,
 * recipient, signature and footer components and styles, so the two documents look like one correspondence.
 * No hooks, no I/O; metadata carries the title and language only.
 */
export function FollowUpDocument({ model }: { model: FollowUpModel }) {
  const colon = model.typography.colon;
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
            <SenderBlock name={model.sender.name} lines={model.sender.lines} />
            <RecipientBlock name={model.recipient.name} lines={model.recipient.lines} />
          </View>
          {/* The letter's heading styles, with whole words: a hyphenated subject line reads badly. */}
          <Text style={styles.placeAndDate}>{model.placeAndDate}</Text>
          <Text style={styles.meta}>
            <Text style={styles.metaLabel}>{`${model.labels.reference}${colon} `}</Text>
            {model.reference}
          </Text>
          <Text style={styles.subject} hyphenationCallback={wholeWords}>
            {`${model.labels.subject}${colon} ${model.subject}`}
          </Text>
          <Text style={styles.salutation}>{model.salutation}</Text>
          {model.paragraphs.map((paragraph) => (
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
            </View>
          ))}
          <Text style={styles.closing}>{model.closing}</Text>
          <SignatureBlock signatures={model.signatures} />
        </View>
        <PageFooter reference={model.reference} pageOf={model.labels.pageOf} />
      </Page>
    </Document>
  );
}
