import { createElement, type ReactElement } from "react";
import type { DocumentProps } from "@react-pdf/renderer";
import type { LetterModel } from "@/lib/universal/letter/model";
import { LetterDocument } from "./LetterDocument";

export { primeLetterFonts, registerLetterFonts } from "./fonts";

/** The letter element for react-pdf's `renderToBuffer` / `pdf()`, usable from .ts files. */
export function createLetterDocument(model: LetterModel): ReactElement<DocumentProps> {
  return createElement(LetterDocument, { model }) as unknown as ReactElement<DocumentProps>;
}
