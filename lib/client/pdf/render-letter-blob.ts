import type { LetterModel } from "@/lib/universal/letter/model";

/**
 * Renders the letter to a PDF Blob in the browser. react-pdf and the document are loaded only here,
 * through dynamic imports, when the person asks for their letter: nothing is added to the first page load.
 * Fonts are fetched from /fonts (same origin, allowed by the CSP's default-src 'self').
 */
export async function renderLetterBlob(model: LetterModel): Promise<Blob> {
  const [{ pdf }, letter] = await Promise.all([
    import("@react-pdf/renderer"),
    import("@/components/letter-pdf"),
  ]);
  letter.registerLetterFonts((file) => new URL(`/fonts/${file}`, window.location.origin).href);
  await letter.primeLetterFonts();
  return pdf(letter.createLetterDocument(model)).toBlob();
}
