import { spawn, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

/** What goes into the app's production build (tests and benchmarks do not). */
const APP_INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "prisma",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "global.d.ts",
  "tsconfig.json",
  "package-lock.json",
];

async function hashFiles(base: string, files: string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const file of [...files].sort()) {
    const full = path.join(base, file);
    if (!existsSync(full)) continue;
    hash
      .update(file)
      .update("\0")
      .update(await readFile(full))
      .update("\0");
  }
  return hash.digest("hex");
}

/** Tracked and untracked (not ignored) source files of the app's build inputs. */
function appSourceFiles(): string[] {
  const out = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "--", ...APP_INPUTS], {
    cwd: ROOT,
  });
  return out
    .toString()
    .split("\n")
    .filter((file) => file && !/\.(test|spec)\.tsx?$/.test(file));
}

async function listTree(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const rel = path.join(prefix, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".next") && entry.name !== "node_modules")
        files.push(...(await listTree(dir, rel)));
    } else files.push(rel);
  }
  return files;
}

/** Remembers files' contents so they can be restored exactly (or removed if they did not exist). */
async function keepFiles(dir: string, names: string[]) {
  const saved = await Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      return { file, content: existsSync(file) ? await readFile(file) : null };
    }),
  );
  return {
    async restore() {
      for (const { file, content } of saved) {
        if (content === null) continue;
        const now = existsSync(file) ? await readFile(file) : null;
        if (!now || !now.equals(content)) await writeFile(file, content);
      }
    },
  };
}

export interface BuildResult {
  distDir: string;
  built: boolean;
  seconds: number;
  hash: string;
}

/**
 * Runs `next build` in `projectDir` into `distDir` unless a build of the same sources is there
 * (a stamp file in the dist folder holds the hash of the inputs).
 */
async function buildIfStale(
  projectDir: string,
  distDir: string,
  hash: string,
  log: (line: string) => void,
  env: Record<string, string> = {},
) {
  const stamp = path.join(projectDir, distDir, "bench-source-hash");
  const current = existsSync(stamp) ? (await readFile(stamp, "utf8")).trim() : null;
  if (current === hash && existsSync(path.join(projectDir, distDir, "BUILD_ID"))) {
    return { distDir, built: false, seconds: 0, hash };
  }
  log(
    `building ${path.relative(ROOT, projectDir) || "."} into ${distDir} (sources changed or no build yet)…`,
  );
  const start = performance.now();
  // `next build` rewrites tsconfig.json (adding `<distDir>/types`) and next-env.d.ts: put them back after.
  const kept = await keepFiles(projectDir, ["tsconfig.json", "next-env.d.ts"]);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, "build"], {
      cwd: projectDir,
      env: {
        ...process.env,
        ...env,
        NEXT_DIST_DIR: distDir,
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: "production",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`next build failed in ${projectDir}:\n${output.slice(-4000)}`)),
    );
  }).finally(kept.restore);
  await writeFile(stamp, `${hash}\n`);
  return { distDir, built: true, seconds: (performance.now() - start) / 1000, hash };
}

/**
 * Builds the app into its own folder (`.next-bench` by default), leaving `.next` alone. `env` (e.g.
 * SITE_URL, baked into prerendered pages) is part of what makes a build stale.
 */
export async function ensureAppBuild(
  log: (line: string) => void,
  env: Record<string, string> = {},
  distDir = ".next-bench",
): Promise<BuildResult> {
  const hash = createHash("sha256")
    .update(await hashFiles(ROOT, appSourceFiles()))
    .update(JSON.stringify(env))
    .digest("hex");
  return buildIfStale(ROOT, distDir, hash, log, env);
}

export const BASELINE_DIR = path.join(ROOT, "bench", "out", "baseline-app");

/**
 * Copies bench/baseline-app and the app's messages to bench/out/baseline-app (ignored by git, lint and
 * tsc) and builds it there with the repository's node_modules.
 */
export async function ensureBaselineBuild(log: (line: string) => void): Promise<BuildResult> {
  const source = path.join(ROOT, "bench", "baseline-app");
  const files = await listTree(source);
  const hash = await hashFiles(ROOT, [
    ...files.map((file) => path.join("bench", "baseline-app", file)),
    "messages/en.json",
    "messages/fr.json",
    "package-lock.json",
  ]);
  await mkdir(BASELINE_DIR, { recursive: true });
  for (const entry of await readdir(BASELINE_DIR)) {
    if (!entry.startsWith(".next") && entry !== "node_modules")
      await rm(path.join(BASELINE_DIR, entry), { recursive: true });
  }
  await cp(source, BASELINE_DIR, { recursive: true });
  await cp(path.join(ROOT, "messages"), path.join(BASELINE_DIR, "messages"), { recursive: true });
  // The same static file as the app's, at the same path: the control for the home page under load.
  await mkdir(path.join(BASELINE_DIR, "public", "fonts"), { recursive: true });
  await cp(
    path.join(ROOT, "public", "fonts", "DejaVu-LICENSE.txt"),
    path.join(BASELINE_DIR, "public", "fonts", "DejaVu-LICENSE.txt"),
  );
  await writeFile(
    path.join(BASELINE_DIR, "tsconfig.json"),
    `${JSON.stringify(BASELINE_TSCONFIG, null, 2)}\n`,
  );
  await writeFile(
    path.join(BASELINE_DIR, "package.json"),
    `${JSON.stringify({ private: true, type: "module" })}\n`,
  );
  return buildIfStale(BASELINE_DIR, ".next", hash, log);
}

const BASELINE_TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    lib: ["dom", "dom.iterable", "es2023"],
    allowJs: true,
    skipLibCheck: true,
    strict: true,
    incremental: true,
    noEmit: true,
    esModuleInterop: true,
    module: "esnext",
    moduleResolution: "bundler",
    resolveJsonModule: true,
    isolatedModules: true,
    jsx: "react-jsx",
    plugins: [{ name: "next" }],
  },
  include: ["next-env.d.ts", "**/*.ts", "**/*.tsx", ".next/types/**/*.ts", ".next/dev/types/**/*.ts"],
  exclude: ["node_modules"],
};
