import type { PdfKind, PdfProps } from "./documents";

/**
 * The browser's PDF entry point: a Blob of any registered document kind. react-pdf and the documents are
 * loaded only here, through dynamic imports, when the person asks for a PDF: nothing is added to the
 * first page load. Fonts are fetched from /fonts (same origin, allowed by the CSP's default-src 'self').
 * Letters with a drawn signature go through `withCanonicalSignatures` (lib/client/signature-png.ts) first.
 */
export async function renderPdfBlob<K extends PdfKind>(kind: K, props: PdfProps[K]): Promise<Blob> {
  const [{ pdf }, { PDF_DOCUMENTS }] = await Promise.all([
    import("@react-pdf/renderer"),
    import("./documents"),
  ]);
  const entry = PDF_DOCUMENTS[kind];
  entry.registerFonts((file) => new URL(`/fonts/${file}`, window.location.origin).href);
  return pdf(entry.create(props)).toBlob();
}
