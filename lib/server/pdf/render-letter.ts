import "server-only";
import path from "node:path";
import { renderToBuffer, renderToStream } from "@react-pdf/renderer";
import { createLetterDocument, primeLetterFonts, registerLetterFonts } from "@/components/letter-pdf";
import type { LetterModel } from "@/lib/universal/letter/model";

/** Fonts are read from public/fonts (the same files the browser fetches), by absolute path. */
const FONT_DIR = path.join(process.cwd(), "public", "fonts");

async function ensureFonts(): Promise<void> {
  registerLetterFonts((file) => path.join(FONT_DIR, file));
  await primeLetterFonts();
}

/** Renders the letter to PDF bytes on the server. */
export async function renderLetterPdf(model: LetterModel): Promise<Uint8Array> {
  await ensureFonts();
  const buffer = await renderToBuffer(createLetterDocument(model));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Renders the letter as a Node stream, for callers that pipe it. */
export async function renderLetterPdfStream(model: LetterModel): Promise<NodeJS.ReadableStream> {
  await ensureFonts();
  return renderToStream(createLetterDocument(model));
}
