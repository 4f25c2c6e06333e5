import type { LetterModel } from "@/lib/universal/letter/model";

/**
 * Renders the letter to a PDF in the browser. The renderer (React-PDF and its fonts) is loaded only now,
 * when the person asks for the letter, so no step of the questionnaire pays for it on first load.
 */
export async function renderLetterPdf(model: LetterModel): Promise<Blob> {
  const { renderLetterBlob } = await import("@/lib/client/pdf/render-letter-blob");
  return renderLetterBlob(model);
}
