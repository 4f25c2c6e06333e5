import { pdf } from "@react-pdf/renderer";
import { PDF_DOCUMENTS, type PdfKind, type PdfProps } from "./documents";
import { warmUpDocument } from "./warm-up-document";

/**
 * The browser's renderer, with react-pdf and the documents imported statically: it runs inside the PDF Web
 * Worker (./pdf.worker.ts), or on the main thread, loaded on demand, where no worker can start. Fonts come from
 * /fonts (same origin, allowed by the CSP's default-src 'self'); `location` is the page's or the worker's.
 */
function locateFont(file: string): string {
  return new URL(`/fonts/${file}`, globalThis.location.origin).href;
}

export async function renderBlob<K extends PdfKind>(kind: K, props: PdfProps[K]): Promise<Blob> {
  const entry = PDF_DOCUMENTS[kind];
  entry.registerFonts(locateFont);
  await entry.primeFonts();
  return pdf(entry.create(props)).toBlob();
}

/**
 * Loads the engine and the three font cuts (react-pdf keeps a font once loaded) by rendering a short page in
 * each, so the document itself is made without waiting for the network.
 */
export async function warmRenderer(): Promise<void> {
  PDF_DOCUMENTS.letter.registerFonts(locateFont);
  await PDF_DOCUMENTS.letter.primeFonts();
  await pdf(warmUpDocument()).toBlob();
}
