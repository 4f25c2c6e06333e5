import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/server/db/client";
import { log } from "@/lib/server/log";
import type { PublicPartner } from "@/lib/universal/schemas/partner";
import { findActivePartner } from "./repository";

/**
 * The active partner of a page, or null when unknown, revoked or when the database is down: a page
 * then offers to continue without attribution rather than failing. Cached per request, so a page's
 * metadata and its body share one lookup.
 */
export const activePartnerForPage = cache(async (slug: string): Promise<PublicPartner | null> => {
  try {
    return await findActivePartner(await prisma(), slug);
  } catch (error) {
    log.warn("partner.page-lookup-failed", { reason: error instanceof Error ? error.name : "unknown" });
    return null;
  }
});
