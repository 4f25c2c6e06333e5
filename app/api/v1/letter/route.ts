import { pdfPool, renderPdfOnServer } from "@/components/pdf/server";
import { handleLetterRequest } from "@/lib/server/letter/handle-letter-request";
import { pdfLetterHooks } from "@/lib/server/letter/letter-hooks";

// The PDF pool uses worker_threads.
export const runtime = "nodejs";

/** POST /api/v1/letter: the objection letter as a PDF, rendered in the server's PDF worker pool. */
export async function POST(request: Request): Promise<Response> {
  return handleLetterRequest(request, {
    output: "pdf",
    renderPdf: (model) => renderPdfOnServer("letter", model),
    overloaded: () => pdfPool().saturated(),
    ...pdfLetterHooks,
  });
}
