// No `server-only` here: the partner CLI (run by tsx, outside Next.js) imports this module.
import type { Partner, PrismaClient } from "@prisma/client";
import { isPartnerSlug, type PublicPartner, type TPartnerInput } from "@/lib/universal/schemas/partner";
import { generateToken, hashToken, tokenMatches } from "./tokens";

export class PartnerExistsError extends Error {
  override name = "PartnerExistsError";
}

export class PartnerNotFoundError extends Error {
  override name = "PartnerNotFoundError";
}

// A hash no token produces: compared against when the slug is unknown, so the answer takes the same time.
const NO_PARTNER_HASH = "0".repeat(64);

function toPublic(partner: Partner): PublicPartner {
  const { slug, name, url, defaultLocale, messageFr, messageEn, messageDe, messageIt } = partner;
  return { slug, name, url, defaultLocale, messageFr, messageEn, messageDe, messageIt };
}

/** Registers a partner and returns its stats token, which is shown once and never stored. */
export async function createPartner(
  db: PrismaClient,
  input: TPartnerInput,
): Promise<{ partner: Partner; token: string }> {
  const token = generateToken();
  const existing = await db.partner.findUnique({ where: { slug: input.slug } });
  if (existing) throw new PartnerExistsError(`A partner with the slug "${input.slug}" already exists.`);
  const partner = await db.partner.create({
    data: {
      slug: input.slug,
      name: input.name,
      url: input.url,
      defaultLocale: input.defaultLocale,
      messageFr: input.messageFr ?? null,
      messageEn: input.messageEn ?? null,
      messageDe: input.messageDe ?? null,
      messageIt: input.messageIt ?? null,
      tokenHash: hashToken(token),
    },
  });
  return { partner, token };
}

/** Every partner, revoked ones included, oldest first. */
export function listPartners(db: PrismaClient): Promise<Partner[]> {
  return db.partner.findMany({ orderBy: { createdAt: "asc" } });
}

/** Replaces a partner's token (the old one stops working at once) and returns the new one. */
export async function rotatePartnerToken(db: PrismaClient, slug: string): Promise<string> {
  const token = generateToken();
  const updated = await db.partner.updateMany({
    where: { slug, revokedAt: null },
    data: { tokenHash: hashToken(token), tokenRotatedAt: new Date() },
  });
  if (updated.count === 0) throw new PartnerNotFoundError(`No active partner with the slug "${slug}".`);
  return token;
}

/** Revokes a partner: its page becomes the "continue without attribution" page and its token stops working. */
export async function revokePartner(db: PrismaClient, slug: string): Promise<void> {
  const updated = await db.partner.updateMany({
    where: { slug, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (updated.count === 0) throw new PartnerNotFoundError(`No active partner with the slug "${slug}".`);
}

/** An active (not revoked) partner by slug, or null. */
export async function findActivePartner(db: PrismaClient, slug: string): Promise<PublicPartner | null> {
  if (!isPartnerSlug(slug)) return null;
  const partner = await db.partner.findUnique({ where: { slug } });
  return partner && !partner.revokedAt ? toPublic(partner) : null;
}

/**
 * Whether `token` is the stats token of the active partner `slug`. Wrong, missing and revoked all
 * answer false, after the same constant-time comparison.
 */
export async function verifyPartnerToken(
  db: PrismaClient,
  slug: string,
  token: string | undefined | null,
): Promise<boolean> {
  const partner = isPartnerSlug(slug) ? await db.partner.findUnique({ where: { slug } }) : null;
  const active = partner && !partner.revokedAt ? partner : null;
  const matches = tokenMatches(token ?? "", active?.tokenHash ?? NO_PARTNER_HASH);
  return Boolean(active && token && matches);
}
