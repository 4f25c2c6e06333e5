import { pdf } from "@react-pdf/renderer";
import { createLetterDocument, registerLetterFonts } from "@/components/letter-pdf";
import type { LetterModel } from "@/lib/universal/letter/model";
import { warmUpDocument } from "./warm-up-document";

/**
 * The browser's PDF renderer, with react-pdf and the letter imported statically: it runs inside the PDF Web
 * Worker, or on the main thread (loaded on demand) where no worker can start. Fonts come from /fonts (same
 * origin, allowed by the CSP's default-src 'self'); `location` is the page's or the worker's, same origin.
 */
function registerFonts(): void {
  registerLetterFonts((file) => new URL(`/fonts/${file}`, globalThis.location.origin).href);
}

export async function renderLetterBlob(model: LetterModel): Promise<Blob> {
  registerFonts();
  return pdf(createLetterDocument(model)).toBlob();
}

/**
 * Loads the engine and the three font cuts (react-pdf keeps a font once loaded) by rendering a short page in
 * each, so the letter itself is made without waiting for the network.
 */
export async function warmLetterRenderer(): Promise<void> {
  registerFonts();
  await pdf(warmUpDocument()).toBlob();
}
