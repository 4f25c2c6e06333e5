import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * `npm test` checks the system first (tests/support/system-deps.sh). Here it runs with a PATH holding only
 * the shell tools it uses, so chromium, pdftotext and apt-get are "missing": it must stop at once and name
 * the Debian packages and the command, or, with --dry-run as root with apt-get, say what it would install.
 */
const SCRIPT = path.join(import.meta.dirname, "../support/system-deps.sh");
const bin = mkdtempSync(path.join(tmpdir(), "objection-system-deps-"));
for (const tool of ["bash", "id", "ls", "sort", "dirname", "awk", "grep", "cat"]) {
  const found = spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).stdout.trim();
  symlinkSync(found, path.join(bin, tool));
}
afterAll(() => rmSync(bin, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string>) {
  const started = performance.now();
  const result = spawnSync(path.join(bin, "bash"), [SCRIPT, ...args], {
    encoding: "utf8",
    // Nothing inherited (Next.js types make NODE_ENV required in ProcessEnv, hence the cast).
    env: { PATH: bin, PG_BIN_DIR: "/nonexistent", ...env } as unknown as NodeJS.ProcessEnv,
  });
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

describe("the system check of npm test", () => {
  it("stops within seconds, naming the missing packages and the command, when it cannot install", () => {
    const result = run([], {});
    expect(result.status).toBe(1);
    expect(result.seconds).toBeLessThan(5);
    expect(result.stderr).toContain("missing: chromium poppler-utils postgresql");
    expect(result.stderr).toContain(
      "apt-get install -y --no-install-recommends chromium poppler-utils postgresql",
    );
    expect(result.stdout).toBe("");
  });

  it("names only what is missing", () => {
    const chromium = spawnSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).stdout.trim();
    const result = run([], { CHROMIUM_PATH: chromium });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("missing: poppler-utils postgresql");
  });

  it.runIf(process.getuid?.() === 0)(
    "as root with apt-get, installs them (dry run: says what it would run)",
    () => {
      symlinkSync(
        spawnSync("sh", ["-c", "command -v apt-get"], { encoding: "utf8" }).stdout.trim(),
        path.join(bin, "apt-get"),
      );
      try {
        const result = run(["--dry-run"], {});
        expect(result.status).toBe(0);
        expect(result.stderr).toContain(
          "would run: apt-get update && apt-get install -y --no-install-recommends chromium poppler-utils postgresql",
        );
      } finally {
        rmSync(path.join(bin, "apt-get"));
      }
    },
  );

  it("passes on this machine and tells where Chromium and PostgreSQL's programs are", () => {
    const result = spawnSync("bash", [SCRIPT], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^export CHROMIUM_PATH=\S+\nexport PG_BIN_DIR=\S+\n$/);
  });
});
