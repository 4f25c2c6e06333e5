import { handleLetterRequest } from "@/lib/server/letter/handle-letter-request";
import { pdfLetterHooks } from "@/lib/server/letter/letter-hooks";

// react-pdf needs Node.js APIs (fonts from disk, zlib).
export const runtime = "nodejs";

/** POST /api/v1/letter: the objection letter as a PDF. */
export async function POST(request: Request): Promise<Response> {
  return handleLetterRequest(request, { output: "pdf", ...pdfLetterHooks });
}
