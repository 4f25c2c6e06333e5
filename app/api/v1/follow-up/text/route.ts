import { handleFollowUpRequest } from "@/lib/server/follow-up/handle-follow-up-request";
import { letterRateLimitGuard } from "@/lib/server/security/letter-rate-limit";

export const runtime = "nodejs";

/** POST /api/v1/follow-up/text: `{ subject, body, short, addressee, reference }`. */
export async function POST(request: Request): Promise<Response> {
  return handleFollowUpRequest(request, { output: "text", guard: letterRateLimitGuard });
}
