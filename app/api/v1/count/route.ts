import { prisma } from "@/lib/server/db/client";
import { apiContext, invalidInput, limitRequest, readJson, unavailable } from "@/lib/server/http/route";
import { log } from "@/lib/server/log";
import { countLetter } from "@/lib/server/stats/count-letter";
import { ZCountEvent } from "@/lib/universal/schemas/count-event";

/** A count event is a few dozen bytes; anything much larger is not one. */
const MAX_BODY_BYTES = 1024;
/** A person makes a letter or two; a school class behind one address makes a few dozen. */
export const COUNT_RATE_LIMIT = { bucket: "count", limit: 60, windowMs: 10 * 60_000 } as const;

/**
 * POST /api/v1/count `{ country, locale, partner? }` → 204: one letter downloaded, as reported by the
 * browser, added to today's totals (see README, Security: what the counts are). Failures never reach
 * the person's letter (the browser ignores them): a database that is down gives 503 `unavailable`.
 */
export async function POST(request: Request): Promise<Response> {
  const context = apiContext(request);
  const limited = await limitRequest(request, context, COUNT_RATE_LIMIT);
  if (limited) return limited;
  const body = await readJson(request, context, MAX_BODY_BYTES);
  if (!body.ok) return body.response;
  const parsed = ZCountEvent.safeParse(body.value);
  if (!parsed.success) return invalidInput(context, parsed.error.issues);

  try {
    await countLetter(await prisma(), parsed.data);
  } catch (error) {
    log.error("count.failed", { reason: error instanceof Error ? error.name : "unknown" });
    return unavailable(context, "countUnavailable");
  }
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
