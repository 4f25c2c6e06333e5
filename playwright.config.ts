import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests run the real production build (`next build` first, see tests/support/e2e.sh)
 * with `next start` on a free port, an empty PGlite folder, in Debian's Chromium.
 * The config is evaluated in the runner before the workers start, so the port and folder chosen
 * here reach every worker through the environment.
 */
function freePort(): number {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ["-e", script]).toString());
}

process.env.E2E_PORT ??= String(freePort());
if (!process.env.E2E_PGLITE_DIR) {
  process.env.E2E_PGLITE_DIR = mkdtempSync(path.join(tmpdir(), "objection-e2e-"));
  // Partners for tests/e2e/sharing-*.spec.ts, created before the server opens the single-process PGlite
  // folder (Playwright starts webServer before globalSetup, so this cannot be a globalSetup). Workers
  // inherit E2E_PGLITE_DIR and skip it.
  execFileSync("node_modules/.bin/tsx", ["tests/e2e/sharing-seed.ts", process.env.E2E_PGLITE_DIR], {
    stdio: "inherit",
  });
}
const port = Number(process.env.E2E_PORT);
export const baseURL = `http://127.0.0.1:${port}`;

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    trace: "retain-on-failure",
    acceptDownloads: true,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: `pglite:${process.env.E2E_PGLITE_DIR}`,
      NODE_ENV: "production",
      // The home page (its letter count) is regenerated every 2 s instead of 60 (tests/e2e/home-count.spec.ts).
      PAGE_REVALIDATE_SECONDS: "2",
      ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
    },
  },
});
