import { Document, Page, Text, type DocumentProps } from "@react-pdf/renderer";
import { createElement, type ReactElement } from "react";
import { FONT } from "@/components/letter-pdf/styles";

/**
 * Every plain letter and digit before any accented one. react-pdf keeps a font's glyphs between documents, and
 * a first document that has "é" without "e" leaves later documents without their "e" (seen with
 * @react-pdf/renderer 4.3 on the server and in the browser): the base letters must come first.
 */
export const WARM_UP_TEXT =
  "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:!?«»“”’()-–/@ éèêëàâäçîïôöùûüÿœæ ÉÈÀÇ ßłøåñ";

/** A one-page document in the letter's three font cuts, to load the engine and fonts before the letter. */
export function warmUpDocument(): ReactElement<DocumentProps> {
  const line = (style: Record<string, string>) =>
    createElement(Text, { style: { fontFamily: FONT.family, ...style } }, WARM_UP_TEXT);
  return createElement(
    Document,
    null,
    createElement(Page, null, line({}), line({ fontWeight: "bold" }), line({ fontStyle: "italic" })),
  ) as unknown as ReactElement<DocumentProps>;
}
