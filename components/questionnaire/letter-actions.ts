"use client";

import { sendLetterCount } from "@/lib/client/count-beacon";
import { getDraft, updateDraft } from "@/lib/client/draft-store";
import { renderLetterPdf, type PdfStage } from "@/lib/client/letter-pdf";
import { saveFile } from "@/lib/client/save-file";
import { letterFileName } from "@/lib/universal/letter/file-name";
import type { LetterModel } from "@/lib/universal/letter/model";

/**
 * Renders the PDF in the browser and saves it. The first time a given letter is generated, one anonymous
 * count is sent (country, letter language, partner); never again for the same reference.
 */
export async function downloadLetter(
  model: LetterModel,
  country: string,
  onStage?: (stage: PdfStage) => void,
): Promise<void> {
  const blob = await renderLetterPdf(model, onStage);
  saveFile(blob, letterFileName(model));
  const draft = getDraft();
  if (draft.countedReference !== model.reference) {
    updateDraft({ countedReference: model.reference });
    sendLetterCount({ country, locale: model.locale, partner: draft.partner });
  }
}
