"use server";

import { headers } from "next/headers";
import type { StatsFormState } from "@/components/share/stats-state";
import { prisma } from "@/lib/server/db/client";
import { log } from "@/lib/server/log";
import { verifyPartnerToken } from "@/lib/server/partners/repository";
import { PARTNER_TOKEN_RATE_LIMIT } from "@/lib/server/partners/token-rate-limit";
import { clientAddress, rateLimit } from "@/lib/server/rate-limit";
import { partnerStats } from "@/lib/server/stats/queries";

/**
 * The stats form's action: the token arrives in a POST body (never in a URL, so never in logs or
 * history), is checked in constant time, and is limited per client like the API.
 */
export async function readPartnerStats(
  slug: string,
  _previous: StatsFormState,
  form: FormData,
): Promise<StatsFormState> {
  const limited = await rateLimit({ ...PARTNER_TOKEN_RATE_LIMIT, key: clientAddress(await headers()) });
  if (!limited.ok) return { status: "rate-limited" };
  const token = form.get("token");
  try {
    const db = await prisma();
    if (!(await verifyPartnerToken(db, slug, typeof token === "string" ? token.trim() : undefined))) {
      return { status: "wrong-token" };
    }
    return { status: "ok", stats: await partnerStats(db, slug) };
  } catch (error) {
    log.error("partner-stats.failed", { reason: error instanceof Error ? error.name : "unknown" });
    return { status: "unavailable" };
  }
}
