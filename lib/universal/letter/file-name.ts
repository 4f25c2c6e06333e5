import { letterCatalog } from "./catalog";
import type { LetterModel } from "./model";

/**
 * The download name: localized stem, date and reference, ASCII only and without the person's name,
 * so it is safe in a Content-Disposition header and reveals nothing in a downloads folder.
 */
export function letterFileName(model: LetterModel, extension: "pdf" | "txt" = "pdf"): string {
  const stem = letterCatalog(model.locale, model.regime).fileNameStem;
  const safe = `${stem}-${model.date}-${model.reference}`.toLowerCase().replace(/[^a-z0-9-]+/g, "-");
  return `${safe}.${extension}`;
}
