import { handleLetterRequest } from "@/lib/server/letter/handle-letter-request";
import { letterHooks } from "@/lib/server/letter/letter-hooks";

export const runtime = "nodejs";

/** POST /api/v1/letter/text: `{ subject, body, short }`, the letter as plain text. */
export async function POST(request: Request): Promise<Response> {
  return handleLetterRequest(request, { output: "text", ...letterHooks });
}
