import type { LetterModel } from "@/lib/universal/letter/model";

/**
 * Renders the letter to a PDF Blob on the main thread, the fallback when no Web Worker can start. react-pdf and
 * the document are loaded only here, through a dynamic import: nothing is added to the first page load.
 */
export async function renderLetterBlob(model: LetterModel): Promise<Blob> {
  const { renderLetterBlob: render } = await import("./letter-blob");
  return render(model);
}
