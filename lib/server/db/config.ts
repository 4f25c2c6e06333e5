import path from "node:path";

/** Where the database lives: embedded PGlite (default) or a PostgreSQL server. */
export type DatabaseConfig = { kind: "pglite"; dataDir: string | null } | { kind: "postgres"; url: string };

export class DatabaseConfigError extends Error {
  override name = "DatabaseConfigError";
}

/**
 * Reads `DATABASE_URL`: a `postgres://` or `postgresql://` URL selects PostgreSQL; unset selects
 * PGlite in `PGLITE_DIR` (default `./data/pglite`); `pglite:memory` selects an in-memory PGlite
 * (tests) and `pglite:<dir>` an explicit folder.
 */
export function readDatabaseConfig(env: Record<string, string | undefined> = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (!url) {
    return {
      kind: "pglite",
      dataDir: path.resolve(/*turbopackIgnore: true*/ env.PGLITE_DIR ?? path.join("data", "pglite")),
    };
  }
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: "postgres", url };
  if (url === "pglite:memory") return { kind: "pglite", dataDir: null };
  if (url.startsWith("pglite:"))
    return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ url.slice("pglite:".length)) };
  throw new DatabaseConfigError(
    "DATABASE_URL must be a postgres:// or postgresql:// URL, pglite:<folder> or pglite:memory (or be unset for the embedded default).",
  );
}

/** A URL without its password, safe for logs. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") return config.dataDir ? `PGlite (${config.dataDir})` : "PGlite (in memory)";
  try {
    const u = new URL(config.url);
    return `PostgreSQL (${u.hostname}:${u.port || "5432"}${u.pathname})`;
  } catch {
    return "PostgreSQL";
  }
}
