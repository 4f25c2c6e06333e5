import { pdfPool, renderPdfOnServer } from "@/components/pdf/server";
import { handleFollowUpRequest } from "@/lib/server/follow-up/handle-follow-up-request";
import { letterRateLimitGuard } from "@/lib/server/security/letter-rate-limit";

// The PDF pool uses worker_threads.
export const runtime = "nodejs";

/** POST /api/v1/follow-up: a reminder, reply or complaint as a PDF. Shares the letters' rate limit. */
export async function POST(request: Request): Promise<Response> {
  return handleFollowUpRequest(request, {
    output: "pdf",
    guard: letterRateLimitGuard,
    renderPdf: (model) => renderPdfOnServer("followUp", model),
    overloaded: () => pdfPool().saturated(),
  });
}
