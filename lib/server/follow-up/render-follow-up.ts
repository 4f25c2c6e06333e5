import "server-only";
import path from "node:path";
import { renderToBuffer } from "@react-pdf/renderer";
import { createFollowUpDocument, registerLetterFonts } from "@/components/follow-up-pdf";
import type { FollowUpModel } from "@/lib/universal/follow-up/model";

const FONT_DIR = path.join(process.cwd(), "public", "fonts");

/** Renders a follow-up document to PDF bytes on the server, with the letter's fonts. */
export async function renderFollowUpPdf(model: FollowUpModel): Promise<Uint8Array> {
  registerLetterFonts((file) => path.join(FONT_DIR, file));
  const buffer = await renderToBuffer(createFollowUpDocument(model));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
