/**
 * Runs once when the server starts: sets Node's header and request timeouts on the HTTP server
 * (lib/server/http/server-timeouts.ts), then opens the database and applies pending migrations, so
 * problems show up at start-up as one clear log line instead of on the first request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { installServerTimeouts } = await import("./lib/server/http/server-timeouts");
  installServerTimeouts();
  // Start the PDF workers now: loading the renderer takes a moment that the first letter should not wait.
  const { pdfPool } = await import("./components/pdf/server");
  pdfPool();
  const { database } = await import("./lib/server/db/client");
  const { describeDatabase } = await import("./lib/server/db/config");
  const { log } = await import("./lib/server/log");
  try {
    const db = await database();
    log.info("database.ready", { database: describeDatabase(db.config) });
  } catch {
    // database() has logged the reason; the app serves without it and retries on the next use.
    log.warn("database.start_without", { hint: "Check DATABASE_URL, then GET /api/health." });
  }
}
