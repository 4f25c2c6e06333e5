import { StyleSheet } from "@react-pdf/renderer";

/**
 * Layout of the letter, in one place. Units: PDF points; `mm()` converts from millimetres.
 *
 * Window envelope (right window, French and Swiss style): a DL envelope (220 × 110 mm) has its
 * 100 × 45 mm window 20 mm from the right edge and 15 mm from the bottom, i.e. 100-200 mm from the
 * left and 50-95 mm from the top of the envelope. An A4 sheet folded in three (99 mm panels) sits in it
 * with up to ~5 mm of play sideways and ~10 mm vertically, so the recipient block is printed inside
 * x 110-195 mm, y 50-85 mm of the sheet: always visible, whatever the play. Folded once more for a
 * C5/6 or folded in half for a C5 right-window envelope, the same top-right zone shows.
 * Fold marks at 99 mm and 198 mm (thirds of 297 mm) help folding for a DL envelope.
 */
export const mm = (value: number) => (value * 72) / 25.4;

export const PAGE = {
  marginTop: mm(20),
  marginBottom: mm(25),
  marginLeft: mm(25),
  marginRight: mm(20),
} as const;

export const WINDOW = { left: mm(110), top: mm(50), width: mm(85), maxHeight: mm(35) } as const;
/** The body starts below the window zone. */
export const BODY_TOP = mm(95);
export const FOLD_MARKS = [mm(99), mm(198)] as const;

/** Width of the text block (A4 less the side margins) and of the sender column. */
export const CONTENT_WIDTH = mm(210) - PAGE.marginLeft - PAGE.marginRight;
export const SENDER_WIDTH = mm(80);
/** Identifiers are set smaller rather than split; below this size they move to a full-width line. */
export const IDENTIFIER_MIN_SIZE = { column: 7.5, fullWidth: 6 } as const;

/** Width of one signer's column. */
export const SIGNATURE_WIDTH = mm(70);

export const FONT = {
  family: "LetterSerif",
  body: 10,
  small: 8,
  /** Largest size of a typed signature; long names are set smaller to fit the signature column. */
  signature: 20,
  lineHeight: 1.35,
} as const;

export const styles = StyleSheet.create({
  page: {
    fontFamily: FONT.family,
    fontSize: FONT.body,
    color: "#000000",
    paddingTop: PAGE.marginTop,
    paddingBottom: PAGE.marginBottom,
    paddingLeft: PAGE.marginLeft,
    paddingRight: PAGE.marginRight,
  },
  // lineHeight is set here, not on the Page: on a Page it hides absolutely positioned fixed views (the footer)
  // A unitless lineHeight is resolved against the fontSize of the element declaring it, hence fontSize here too.
  // in @react-pdf/renderer 4.9 (seen while building this letter; no upstream issue found).
  content: { fontSize: FONT.body, lineHeight: FONT.lineHeight },
  header: { height: BODY_TOP - PAGE.marginTop, position: "relative" },
  sender: { width: SENDER_WIDTH, fontSize: 9.5, lineHeight: 1.35 },
  identifiers: { marginBottom: mm(4) },
  recipient: {
    position: "absolute",
    left: WINDOW.left - PAGE.marginLeft,
    top: WINDOW.top - PAGE.marginTop,
    width: WINDOW.width,
    maxHeight: WINDOW.maxHeight,
    fontSize: FONT.body,
    lineHeight: 1.3,
  },
  partyName: { fontWeight: "bold" },
  placeAndDate: { textAlign: "right", marginBottom: mm(6) },
  meta: { marginBottom: mm(1.5) },
  metaLabel: { fontWeight: "bold" },
  subject: { fontWeight: "bold", marginBottom: mm(7) },
  salutation: { marginBottom: mm(3.5) },
  paragraph: { textAlign: "justify", marginBottom: mm(3.5) },
  items: { marginTop: mm(1.5) },
  item: { flexDirection: "row", marginBottom: mm(0.8) },
  bullet: { width: mm(5) },
  itemText: { flex: 1, textAlign: "justify" },
  quote: {
    marginTop: mm(1.5),
    marginLeft: mm(8),
    marginRight: mm(8),
    fontStyle: "italic",
    textAlign: "justify",
  },
  closing: { marginTop: mm(2), marginBottom: mm(6) },
  signatures: { flexDirection: "row", justifyContent: "flex-end", gap: mm(10) },
  signature: { width: SIGNATURE_WIDTH },
  signatureArea: { height: mm(22), justifyContent: "flex-end" },
  signatureImage: {
    maxHeight: mm(22),
    maxWidth: mm(60),
    objectFit: "contain",
    objectPosition: "left bottom",
  },
  typedSignature: { fontStyle: "italic", lineHeight: 1.1 },
  signer: { marginTop: mm(1.5), borderTopWidth: 0.5, borderTopColor: "#555555", paddingTop: mm(1) },
  role: { fontSize: 9, color: "#333333" },
  footer: {
    position: "absolute",
    left: PAGE.marginLeft,
    right: PAGE.marginRight,
    bottom: mm(12),
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: FONT.small,
    color: "#444444",
    borderTopWidth: 0.5,
    borderTopColor: "#999999",
    paddingTop: mm(1.5),
  },
  foldMark: {
    position: "absolute",
    left: mm(5),
    width: mm(4),
    borderTopWidth: 0.4,
    borderTopColor: "#999999",
  },
});
