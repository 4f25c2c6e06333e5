/**
 * Runs once when the server starts, before it handles requests: checks the environment (a wrong value
 * stops the server with a message naming the variable), gives the page cache its Content-Security-Policy
 * builder (lib/server/security/page-csp.ts), records each request's socket address for
 * rate limiting (lib/server/http/peer-header.ts), sets Node's header and request timeouts
 * (lib/server/http/server-timeouts.ts), starts the PDF workers, then opens the database and applies pending
 * migrations, so problems show up at start-up as one clear log line instead of on the first request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { env, siteOrigin } = await import("./lib/server/env");
  const { log } = await import("./lib/server/log");
  let settings;
  try {
    settings = env();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  // Cached pages' Content-Security-Policy (lib/server/security/page-cache-handler.mjs), before any request.
  const { installCachedPagePolicy } = await import("./lib/server/security/page-csp");
  installCachedPagePolicy();
  const { installPeerHeader } = await import("./lib/server/http/peer-header");
  const production = settings.NODE_ENV === "production";
  installPeerHeader(
    production && settings.TRUST_PROXY.kind === "none"
      ? (event, fields) => {
          log.warn(event, fields);
          console.error(`\n*** WARNING: ${fields.message} ***\n`);
        }
      : undefined,
  );
  if (production && !settings.SITE_URL) {
    log.warn("site-url.unset", {
      origin: siteOrigin(),
      hint: "SITE_URL is not set: canonical, Open Graph and QR code URLs point to this localhost origin. Set SITE_URL (e.g. https://objection.example) before `npm run build` and `npm start`.",
    });
  }
  const { installServerTimeouts } = await import("./lib/server/http/server-timeouts");
  installServerTimeouts();
  // Start the PDF workers now: loading the renderer takes a moment that the first letter should not wait.
  const { pdfPool } = await import("./components/pdf/server");
  pdfPool();
  const { database } = await import("./lib/server/db/client");
  const { describeDatabase } = await import("./lib/server/db/config");
  try {
    const db = await database();
    log.info("database.ready", { database: describeDatabase(db.config) });
  } catch {
    // database() has logged the reason; the app serves without it and retries on the next use.
    log.warn("database.start_without", { hint: "Check DATABASE_URL, then GET /api/health." });
  }
}
