"use client";

import { sendLetterCount } from "@/lib/client/count-beacon";
import { getDraft, updateDraft } from "@/lib/client/draft-store";
import { saveFile } from "@/lib/client/save-file";
import { withCanonicalSignatures } from "@/lib/client/signature-png";
import type { LetterModel } from "@/lib/universal/letter/model";
import { renderPdfBlob, type PdfStage } from "@/components/pdf/browser";

/**
 * Renders the PDF in the browser and saves it under `fileName` (the letter's `letterFileName`, from useLetter). A drawn signature is decoded and re-encoded first, with
 * the server's checks (a PNG they refuse throws here and is never handed to the renderer). The first time a given letter is generated, one anonymous
 * count is sent (country, letter language, partner); never again for the same reference.
 */
export async function downloadLetter(
  model: LetterModel,
  fileName: string,
  country: string,
  onStage?: (stage: PdfStage) => void,
): Promise<void> {
  const blob = await renderPdfBlob("letter", await withCanonicalSignatures(model), onStage);
  saveFile(blob, fileName);
  const draft = getDraft();
  if (draft.countedReference !== model.reference) {
    updateDraft({ countedReference: model.reference });
    sendLetterCount({ country, locale: model.locale, partner: draft.partner });
  }
}
