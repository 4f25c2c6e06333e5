import "server-only";
import { prisma } from "@/lib/server/db/client";
import { log } from "@/lib/server/log";
import { findActivePartner, type PublicPartner } from "./repository";

/**
 * The active partner of a page, or null when unknown, revoked or when the database is down: a page
 * then offers to continue without attribution rather than failing.
 */
export async function activePartnerForPage(slug: string): Promise<PublicPartner | null> {
  try {
    return await findActivePartner(await prisma(), slug);
  } catch (error) {
    log.warn("partner.page-lookup-failed", { reason: error instanceof Error ? error.name : "unknown" });
    return null;
  }
}
