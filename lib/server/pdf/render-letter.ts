import "server-only";
import path from "node:path";
import { renderToBuffer } from "@react-pdf/renderer";
import { createLetterDocument, registerLetterFonts } from "@/components/letter-pdf";
import type { LetterModel } from "@/lib/universal/letter/model";

/** Fonts are read from public/fonts (the same files the browser fetches), by absolute path. */
const FONT_DIR = path.join(process.cwd(), "public", "fonts");

function ensureFonts(): void {
  registerLetterFonts((file) => path.join(FONT_DIR, file));
}

/** Renders the letter to PDF bytes on the server. */
export async function renderLetterPdf(model: LetterModel): Promise<Uint8Array> {
  ensureFonts();
  const buffer = await renderToBuffer(createLetterDocument(model));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
