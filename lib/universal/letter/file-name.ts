import { letterCatalog } from "./catalog";
import { fileNameOf } from "./compose-text";
import type { LetterModel } from "./model";

/**
 * The download name: localized stem, date and reference, ASCII only and without the person's name,
 * so it is safe in a Content-Disposition header and reveals nothing in a downloads folder.
 */
export function letterFileName(model: LetterModel, extension: "pdf" | "txt" = "pdf"): string {
  return fileNameOf(model, letterCatalog(model.locale, model.regime), extension);
}
