/**
 * Creates the partners of tests/e2e/sharing-*.spec.ts in the e2e server's PGlite folder, BEFORE the
 * server starts (PGlite is single-process: nothing else may open the folder once `next start` has it).
 * Run by playwright.config.ts with tsx: `tsx tests/e2e/sharing-seed.ts <pglite-dir>`. The tokens are
 * written next to the folder, in `<pglite-dir>-sharing.json`, for the specs to read.
 */
import { writeFileSync } from "node:fs";
import { createPartner, revokePartner } from "@/lib/server/partners/repository";
import { openScriptDatabase } from "@/lib/server/partners/script-database";
import { SHARING_PARTNERS, sharingSeedFile } from "./sharing-fixtures";

async function main(dir: string) {
  const db = await openScriptDatabase({ kind: "pglite", dataDir: dir });
  try {
    const tokens: Record<string, string> = {};
    for (const partner of SHARING_PARTNERS) {
      const { token } = await createPartner(db.prisma, partner.input);
      tokens[partner.input.slug] = token;
      if (partner.revoked) await revokePartner(db.prisma, partner.input.slug);
    }
    writeFileSync(sharingSeedFile(dir), JSON.stringify(tokens));
  } finally {
    await db.close();
  }
}

const dir = process.argv[2];
if (!dir) {
  console.error("Usage: tsx tests/e2e/sharing-seed.ts <pglite-dir>");
  process.exit(2);
}
main(dir).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
