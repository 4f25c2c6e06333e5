import type { ReactElement } from "react";
import type { DocumentProps } from "@react-pdf/renderer";
import { createFollowUpDocument } from "@/components/follow-up-pdf";
import { createLetterDocument, primeLetterFonts, registerLetterFonts } from "@/components/letter-pdf";
import type { FollowUpModel } from "@/lib/universal/follow-up/model";
import type { LetterModel } from "@/lib/universal/letter/model";

/**
 * Every kind of PDF the app renders, by name. The server's worker pool (components/pdf/server.ts) and the
 * browser (components/pdf/browser.ts) both render from this table, so a document looks the same wherever
 * it is made.
 *
 * To add a kind (a follow-up letter, say):
 * 1. add its props type to `PdfProps` below (plain data only: props cross a thread boundary by
 *    structured clone, so no functions, class instances or React elements);
 * 2. add an entry to `PDF_DOCUMENTS` that registers its fonts and returns the element;
 * 3. render it with `renderPdfOnServer("kind", props)` in a route, or `renderPdfBlob("kind", props)` in
 *    the browser. The pool, its queue and its timeout come with it; in the route, answer 503 `busy` with
 *    `Retry-After` when `pdfPool().saturated()` (before reading the body) or `overloadRetryAfter(error)`
 *    (lib/server/pdf/worker-pool.ts) returns seconds, as the letter route does through
 *    lib/server/letter/handle-letter-request.ts.
 */
export interface PdfProps {
  letter: LetterModel;
  /** A reminder, reply or complaint after the letter. */
  followUp: FollowUpModel;
}
export type PdfKind = keyof PdfProps;

export interface PdfDocumentEntry<P> {
  /** Registers the fonts the document uses; `locate` turns a font file name into a path or URL. */
  registerFonts: (locate: (file: string) => string) => void;
  /**
   * Loads the registered fonts and fills their glyph caches before the first render (after
   * `registerFonts`): without it, text extracted from later PDFs of the same process can lose characters.
   */
  primeFonts: () => Promise<void>;
  create: (props: P) => ReactElement<DocumentProps>;
}

export const PDF_DOCUMENTS: { [K in PdfKind]: PdfDocumentEntry<PdfProps[K]> } = {
  letter: { registerFonts: registerLetterFonts, primeFonts: primeLetterFonts, create: createLetterDocument },
  followUp: {
    registerFonts: registerLetterFonts,
    primeFonts: primeLetterFonts,
    create: createFollowUpDocument,
  },
};

export function isPdfKind(kind: string): kind is PdfKind {
  return Object.hasOwn(PDF_DOCUMENTS, kind);
}
