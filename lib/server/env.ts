// No `server-only` here: next.config.ts (build and start) and command-line scripts read it too.
import { isIP } from "node:net";
import { z } from "zod";

/**
 * The app's environment, parsed once with one zod schema: every setting the app reads is here, with
 * its default, and a wrong value stops the build or the server with a message naming the variable.
 */

/** How many reverse proxies stand in front of the app, or which addresses are proxies (see README, Security). */
export type TrustProxy =
  { kind: "none" } | { kind: "hops"; hops: number } | { kind: "cidrs"; cidrs: string[] };

const CIDR = /^(?<address>[^/]+)(?:\/(?<bits>\d{1,3}))?$/;

/** `1.2.3.4`, `10.0.0.0/8`, `2001:db8::/32`: an address or a subnet of one family, prefix within range. */
export function isCidr(value: string): boolean {
  const match = CIDR.exec(value);
  const family = match?.groups?.address ? isIP(match.groups.address) : 0;
  if (!family) return false;
  const bits = match?.groups?.bits;
  return bits === undefined || Number(bits) <= (family === 4 ? 32 : 128);
}

const ZTrustProxy = z
  .string()
  .trim()
  .optional()
  .transform((value, context): TrustProxy => {
    if (!value || value === "0" || value === "false") return { kind: "none" };
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops <= 10) return { kind: "hops", hops };
    } else {
      const cidrs = value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean);
      if (cidrs.length > 0 && cidrs.every(isCidr)) return { kind: "cidrs", cidrs };
    }
    context.addIssue({
      code: "custom",
      message:
        "a number of trusted proxy hops (0 to 10) or a comma-separated list of proxy addresses/CIDRs, e.g. 1 or 10.0.0.0/8,2001:db8::/32",
    });
    return z.NEVER;
  });

const ZSiteUrl = z
  .string()
  .trim()
  .optional()
  .transform((value, context) => {
    if (!value) return null;
    let url: URL | null = null;
    try {
      url = new URL(value);
    } catch {
      // reported below
    }
    if (
      !url ||
      (url.protocol !== "https:" && url.protocol !== "http:") ||
      url.username ||
      url.password ||
      url.search ||
      url.hash ||
      (url.pathname !== "/" && url.pathname !== "")
    ) {
      context.addIssue({
        code: "custom",
        message: "an origin such as https://objection.example (http or https, no path, query or credentials)",
      });
      return z.NEVER;
    }
    return url.origin;
  });

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined);

export const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).catch("development"),
  PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  SITE_URL: ZSiteUrl,
  TRUST_PROXY: ZTrustProxy,
  RATE_LIMIT_SECRET: optionalText.refine((value) => value === undefined || value.length >= 16, {
    message: "at least 16 characters (a random string; it keys the hashes of client addresses)",
  }),
  DATABASE_URL: optionalText,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DB_AUTO_MIGRATE: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => value !== "false"),
  MIGRATIONS_DIR: optionalText,
  NEXT_DIST_DIR: optionalText,
  /**
   * Shortens the regeneration period of pages regenerated in the background (the home page and its
   * letter count: 60 s) at run time; read by lib/server/security/page-cache-handler.mjs. Tests.
   */
  PAGE_REVALIDATE_SECONDS: z.coerce.number().int().min(1).max(86_400).optional(),
  /** `silent` turns the JSON logs off (tests); anything else logs. */
  LOG_LEVEL: optionalText,
});

export type Env = z.infer<typeof ZEnv>;

export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses an environment (pure: tests pass their own); throws an EnvError naming every wrong variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = ZEnv.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  return fail(lines);
}

function fail(lines: string[]): never {
  throw new EnvError(`Invalid environment (see README, Configuration):\n${lines.join("\n")}`);
}

const globalForEnv = globalThis as typeof globalThis & { __objectionEnv?: Env };

/** The process's environment, parsed on first use and kept. */
export function env(): Env {
  globalForEnv.__objectionEnv ??= parseEnv(process.env);
  return globalForEnv.__objectionEnv;
}

/**
 * The public origin for absolute URLs: `SITE_URL`, else `http://localhost:$PORT` (what `next start`
 * serves by default). Never the request's Host or X-Forwarded-* headers, which clients choose.
 */
export function siteOrigin(): string {
  const { SITE_URL, PORT } = env();
  return SITE_URL ?? `http://localhost:${PORT ?? 3000}`;
}
