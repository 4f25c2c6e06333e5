import path from "node:path";
import { defineConfig } from "prisma/config";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

// The Prisma CLI runs offline through its WebAssembly schema engine and the PGlite adapter:
// `generate`, `migrate diff` and `migrate status` need no native engine download.
// The app applies migrations itself (lib/server/db/migrate.ts) for both PGlite and PostgreSQL,
// because `migrate deploy` through @prisma/adapter-pg hits prisma/orm#27403.
export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const { mkdirSync } = await import("node:fs");
    const dir = process.env.PGLITE_DIR ?? path.join("data", "pglite");
    mkdirSync(dir, { recursive: true });
    // Typed against an older @prisma/driver-adapter-utils; the runtime interface is the same.
    return new PrismaPGlite(new PGlite(dir)) as unknown as SqlMigrationAwareDriverAdapterFactory;
  },
});
