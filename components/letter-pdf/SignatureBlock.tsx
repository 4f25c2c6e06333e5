/* eslint-disable jsx-a11y/alt-text -- react-pdf's Image has no alt attribute; the signer's name is printed below it. */
import { Image, Text, View } from "@react-pdf/renderer";
import type { LetterSignature } from "@/lib/universal/letter/model";
import { FONT, SIGNATURE_WIDTH, styles } from "./styles";
import { wholeWords } from "./text-width";

/** Average advance of DejaVu Serif Condensed Italic, in ems (measured on Latin names). */
const AVERAGE_ADVANCE = 0.52;
const MIN_SIGNATURE_SIZE = 11;

/** Sets a typed signature as large as the column allows, never below a readable size (it wraps then). */
export function typedSignatureSize(name: string): number {
  const fitting = (SIGNATURE_WIDTH * 0.95) / (Math.max(name.length, 1) * AVERAGE_ADVANCE);
  return Math.max(MIN_SIGNATURE_SIZE, Math.min(FONT.signature, fitting));
}

/**
 * One column per signer: the person, and for under-16s their parent or guardian. A drawn signature is
 * the PNG image; a typed one is the name in italics, large, still selectable text.
 */
export function SignatureBlock({ signatures }: { signatures: readonly LetterSignature[] }) {
  return (
    <View style={styles.signatures} wrap={false}>
      {signatures.map((signature, index) => (
        <View key={index} style={styles.signature}>
          <View style={styles.signatureArea}>
            {signature.kind === "drawn" && signature.png ? (
              <Image src={signature.png} style={styles.signatureImage} />
            ) : (
              <Text
                style={[styles.typedSignature, { fontSize: typedSignatureSize(signature.signer) }]}
                hyphenationCallback={wholeWords}
              >
                {signature.signer}
              </Text>
            )}
          </View>
          <View style={styles.signer}>
            <Text>{signature.signer}</Text>
            {signature.role ? <Text style={styles.role}>{signature.role}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
