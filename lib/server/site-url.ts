import "server-only";

/** The public origin of the site for absolute links: `SITE_URL` only (see lib/server/env.ts). */
export { siteOrigin } from "@/lib/server/env";
