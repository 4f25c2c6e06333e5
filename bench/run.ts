/**
 * `npm run bench`: builds the app (and the baseline app) if their sources changed, serves them with
 * `next start` on free ports with a fresh PGlite folder, runs every benchmark and writes
 * bench/RESULTS.md and bench/results.json. See bench/README.md.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { STEP_IDS } from "@/lib/universal/questionnaire/steps";
import { BASELINE_DIR, ensureAppBuild, ensureBaselineBuild, ROOT, type BuildResult } from "./lib/build";
import { lastJson, runChild } from "./lib/child";
import { describeMachine, loadAverage } from "./lib/machine";
import { notMeasured, writeReport, type Figure, type Report } from "./lib/report";
import { freshTempDir, removeDir, startNext, type RunningServer } from "./lib/server";
import { median } from "./lib/stats";
import { ANALYSIS } from "./analysis";
import { browserLetter } from "./suites/browser-letter";
import type { CountRun } from "./suites/count-events";
import { firstLoadJs } from "./suites/first-load-js";
import { homeLoad } from "./suites/home-load";
import { letterApi } from "./suites/letter-api";
import { lighthouseScores } from "./suites/lighthouse";
import { renderIsolation } from "./suites/render-isolation";
import { serverRender } from "./suites/server-render";
import { DRAFT_KEY, finishedDraft } from "./suites/browser-letter";
import { removeStaticCopies, writeStaticCopy } from "./lib/static-copy";
import { METHOD } from "./method";

const num = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

/** Every knob, from the environment, with the defaults of a full run (about 10 minutes on 2 cores). */
export const SETTINGS = {
  loadRuns: num("BENCH_LOAD_RUNS", 3),
  loadSeconds: num("BENCH_LOAD_SECONDS", 20),
  letterConnections: 10,
  homeConnections: 50,
  singleLetterRequests: num("BENCH_SINGLE_REQUESTS", 20),
  renderRuns: num("BENCH_RENDER_RUNS", 40),
  browserColdRuns: num("BENCH_BROWSER_RUNS", 5),
  browserWarmRuns: 4,
  lighthouseRuns: num("BENCH_LIGHTHOUSE_RUNS", 3),
  countSeconds: num("BENCH_COUNT_SECONDS", 1.5),
  countRuns: num("BENCH_COUNT_RUNS", 3),
  countWriters: [1, 10, 100],
  /** The app is built for http://127.0.0.1:<port> (SITE_URL) and served there, as in production. */
  port: num("BENCH_PORT", 3917),
};

const PARTNER_SLUG = "bench-partner";
const log = (line: string) =>
  process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

/** Creates the partner the partner page shows, with the partner CLI, before the server opens the PGlite folder. */
async function createPartner(pgliteDir: string): Promise<string | null> {
  const cli = path.join(ROOT, "lib", "server", "partners", "cli.ts");
  if (!existsSync(cli)) return "lib/server/partners/cli.ts is missing";
  try {
    await runChild(
      process.execPath,
      [
        "--import",
        "tsx",
        cli,
        "create",
        "--slug",
        PARTNER_SLUG,
        "--name",
        "Bench Association",
        "--url",
        "https://example.org",
        "--locale",
        "fr",
        "--json",
      ],
      { env: { DATABASE_URL: `pglite:${pgliteDir}`, LOG_LEVEL: "silent" }, timeoutMs: 120_000 },
    );
    return null;
  } catch (error) {
    return error instanceof Error ? error.message.slice(0, 300) : String(error);
  }
}

/** Count events on PGlite and PostgreSQL, in a child process (see suites/count-events.ts). */
async function countEventFigures(): Promise<{ figures: Figure[]; raw: unknown }> {
  const args = {
    writers: SETTINGS.countWriters,
    seconds: SETTINGS.countSeconds,
    runs: SETTINGS.countRuns,
    databases: ["pglite", "postgres"],
  };
  let result: { runs: CountRun[]; skipped: Record<string, string> };
  try {
    result = lastJson(
      await runChild(
        "bash",
        [
          path.join(ROOT, "bench", "support", "with-postgres.sh"),
          process.execPath,
          "--conditions=react-server",
          "--import",
          "tsx",
          path.join(ROOT, "bench", "suites", "count-events.ts"),
          JSON.stringify(args),
        ],
        { env: { LOG_LEVEL: "silent" }, timeoutMs: 240_000 },
      ),
    );
  } catch (error) {
    const reason = `failed: ${error instanceof Error ? error.message.slice(0, 400) : String(error)}`;
    return {
      figures: [notMeasured("count-events", "Count events per second", "events/s", reason)],
      raw: null,
    };
  }
  const figures: Figure[] = [];
  for (const database of ["pglite", "postgres"] as const) {
    const name =
      database === "pglite" ? "PGlite (file, in the server process)" : "PostgreSQL 15 (pool of 10)";
    for (const writers of SETTINGS.countWriters) {
      const id = `count-events.${database}.${writers}`;
      const label = `Count events/s, ${name}, ${writers} concurrent writer${writers > 1 ? "s" : ""}`;
      const runs = result.runs.filter((r) => r.database === database && r.writers === writers);
      if (runs.length === 0) {
        figures.push(notMeasured(id, label, "events/s", result.skipped[database] ?? "no run"));
        continue;
      }
      figures.push({
        id,
        figure: label,
        value: median(runs.map((r) => r.eventsPerSecond)),
        unit: "events/s",
        status: "info",
      });
    }
  }
  return { figures, raw: result };
}

export async function main(): Promise<void> {
  const started = performance.now();
  const machine = describeMachine();
  log(`machine: ${machine.cpuModel}, ${machine.cores} cores, load ${machine.loadAverageStart.join(" ")}`);
  const figures: Figure[] = [];
  const raw: Record<string, unknown> = {};
  const builds: Record<string, BuildResult | string> = {};

  // Prerendered pages bake SITE_URL into canonical and alternate links: build for the origin served.
  const siteUrl = `http://127.0.0.1:${SETTINGS.port}`;
  const app = await ensureAppBuild(log, { SITE_URL: siteUrl });
  builds.app = app;
  let baselineReady = true;
  try {
    builds.baseline = await ensureBaselineBuild(log);
  } catch (error) {
    baselineReady = false;
    builds.baseline = `failed: ${error instanceof Error ? error.message.slice(0, 500) : String(error)}`;
    log(String(builds.baseline));
  }
  const measuringStarted = performance.now();

  // In-process and database figures first, while no server competes for the CPU.
  log("server rendering of the letter");
  const render = await measured(async () => serverRender({ runs: SETTINGS.renderRuns, warmup: 5 }));
  figures.push(...render.figures);
  raw.serverRender = render.raw;

  log("count events on PGlite and PostgreSQL");
  const counts = await measured(async () => countEventFigures());
  figures.push(...counts.figures);
  raw.countEvents = counts.raw;

  const pgliteDir = await freshTempDir("objection-bench-db-");
  const partnerProblem = await createPartner(pgliteDir);
  if (partnerProblem) log(`partner not created: ${partnerProblem}`);
  let server: RunningServer | null = null;
  let baseline: RunningServer | null = null;
  let staticHome: string | null = null;
  try {
    // The home page without its JavaScript, served by the same server (it lists public/ when it starts).
    try {
      staticHome = await writeStaticCopy(ROOT, path.join(ROOT, app.distDir), "fr");
    } catch (error) {
      log(`no static copy of the home page: ${error instanceof Error ? error.message : String(error)}`);
    }
    log("starting the app and the baseline app");
    server = await startNext({
      distDir: app.distDir,
      readyPath: "/api/health",
      port: SETTINGS.port,
      env: {
        SITE_URL: siteUrl,
        DATABASE_URL: `pglite:${pgliteDir}`,
        LOG_LEVEL: "silent",
      },
    });
    if (baselineReady) baseline = await startNext({ projectDir: BASELINE_DIR, readyPath: "/en" });
    const origin = server.origin;

    const partnerPath = (locale: string) => `/${locale}/p/${PARTNER_SLUG}`;
    log("first-load JavaScript");
    const firstLoad = await measured(async () =>
      firstLoadJs({
        appOrigin: origin,
        baselineOrigin: baseline?.origin ?? null,
        pages: [
          { id: "home", label: "home", path: "/en" },
          { id: "questionnaire.start", label: "questionnaire front page", path: "/en/questionnaire" },
          ...STEP_IDS.map((step) => ({
            id: `questionnaire.${step}`,
            label: `questionnaire step ${step}`,
            path: `/en/questionnaire/${step}`,
          })),
          { id: "partner", label: "partner page", path: partnerPath("en") },
        ],
        budgetRatio: 1.15,
        rendererChunksInBuild: await rendererChunks(path.join(ROOT, app.distDir)),
      }),
    );
    figures.push(...firstLoad.figures);
    raw.firstLoadJs = firstLoad.raw;

    log("home page under load");
    const home = await measured(async () =>
      homeLoad({
        origin: origin,
        distDir: path.join(ROOT, app.distDir),
        homePath: "/en",
        staticPath: "/fonts/DejaVu-LICENSE.txt",
        control: baseline
          ? { origin: baseline.origin, durationSeconds: Math.min(10, SETTINGS.loadSeconds) }
          : null,
        connections: SETTINGS.homeConnections,
        durationSeconds: SETTINGS.loadSeconds,
        runs: SETTINGS.loadRuns,
        log,
      }),
    );
    figures.push(...home.figures);
    raw.homeLoad = home.raw;

    log("letter API under load");
    try {
      const letters = await measured(async () =>
        letterApi({
          origin: origin,
          connections: SETTINGS.letterConnections,
          durationSeconds: SETTINGS.loadSeconds,
          runs: SETTINGS.loadRuns,
          singleRequests: SETTINGS.singleLetterRequests,
          log,
        }),
      );
      figures.push(...letters.figures);
      raw.letterApi = letters.raw;
    } catch (error) {
      figures.push(
        notMeasured(
          "letter-api",
          "Letter API under load",
          "",
          `failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
    }

    log("pages while letters render");
    const isolation = await renderIsolation({ origin: server.origin, letters: 20, pageRequests: 200, log });
    figures.push(...isolation.figures);
    raw.renderIsolation = isolation.raw;

    log("browser rendering of the letter");
    const browser = await measured(() =>
      browserLetter({
        origin: origin,
        coldRuns: SETTINGS.browserColdRuns,
        warmRuns: SETTINGS.browserWarmRuns,
        cpuRates: [1, 4],
        log,
      }),
    );
    figures.push(...browser.figures);
    raw.browserLetter = browser.raw;

    log("lighthouse");
    const lighthouse = await measured(() =>
      lighthouseScores({
        runs: SETTINGS.lighthouseRuns,
        bareId: baseline ? "bare" : null,
        staticId: staticHome ? "static-home" : null,
        homeId: "home-fr",
        log,
        pages: [
          { id: "home-fr", label: "home", origin: origin, path: "/fr", seo: true },
          {
            id: "country-fr",
            label: "country step",
            origin: origin,
            path: `/fr/questionnaire/${STEP_IDS[0]}`,
          },
          {
            id: "review-fr",
            label: "review, draft seeded",
            origin: origin,
            path: "/fr/questionnaire/review",
            session: { [DRAFT_KEY]: JSON.stringify({ ...finishedDraft(), letterLocale: "fr" }) },
          },
          {
            id: "result-fr",
            label: "result, draft seeded",
            origin: origin,
            path: "/fr/questionnaire/result",
            session: { [DRAFT_KEY]: JSON.stringify({ ...finishedDraft(), letterLocale: "fr" }) },
          },
          ...(baseline
            ? [
                {
                  id: "bare",
                  label: "bare next-intl page",
                  origin: baseline.origin,
                  path: "/en",
                  baseline: true,
                },
              ]
            : []),
          ...(staticHome
            ? [
                {
                  id: "static-home",
                  label: "static copy of the home page, no JavaScript",
                  origin: origin,
                  path: staticHome,
                  baseline: true,
                },
              ]
            : []),
        ],
      }),
    );
    figures.push(...lighthouse.figures);
    raw.lighthouse = lighthouse.raw;
  } finally {
    await baseline?.stop();
    await server?.stop();
    await removeDir(pgliteDir);
    await removeStaticCopies(ROOT);
  }

  machine.loadAverageEnd = loadAverage();
  const report: Report = {
    generatedAt: new Date().toISOString(),
    durationSeconds: (performance.now() - started) / 1000,
    machine,
    settings: {
      ...SETTINGS,
      measuringSeconds: Math.round((performance.now() - measuringStarted) / 1000),
      appBuild:
        typeof builds.app === "string"
          ? builds.app
          : builds.app?.built
            ? `built in ${Math.round(builds.app.seconds)} s`
            : "reused",
      baselineBuild:
        typeof builds.baseline === "string"
          ? "failed"
          : builds.baseline?.built
            ? `built in ${Math.round(builds.baseline.seconds)} s`
            : "reused",
      partnerPage: partnerProblem ? `partner not created (${partnerProblem.slice(0, 80)})` : PARTNER_SLUG,
    },
    figures,
    analysis: analysesFor(figures),
    method: METHOD,
    raw: { builds, ...raw },
  };
  const written = await writeReport(report, process.env.BENCH_OUT_DIR ?? path.join(ROOT, "bench"));
  const misses = figures.filter((f) => f.status === "miss").length;
  const missing = figures.filter((f) => f.status === "not measured").length;
  log(
    `${figures.length} figures, ${misses} budgets missed, ${missing} not measured; wrote ${written.markdown}`,
  );
}

/** Runs a suite and notes the 1-minute load average around it on each of its figures that has none. */
async function measured<T extends { figures: Figure[] }>(suite: () => Promise<T>): Promise<T> {
  const before = loadAverage()[0] ?? 0;
  const result = await suite();
  const after = loadAverage()[0] ?? 0;
  for (const figure of result.figures) figure.load ??= [before, after];
  return result;
}

/** The analyses that explain a missed figure: a key "a.b" covers the ids "a.b" and "a.b.*". */
function analysesFor(figures: Figure[]): Report["analysis"] {
  return Object.fromEntries(
    Object.entries(ANALYSIS).filter(([key]) =>
      figures.some((f) => f.status === "miss" && (f.id === key || f.id.startsWith(`${key}.`))),
    ),
  );
}

/** JS files of the build that contain the PDF renderer (see PDF_RENDERER_MARKERS). */
async function rendererChunks(distDir: string): Promise<string[]> {
  const { readdir, readFile } = await import("node:fs/promises");
  const { PDF_RENDERER_MARKERS } = await import("./suites/first-load-js");
  const dir = path.join(distDir, "static", "chunks");
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith(".js")) {
        const text = await readFile(full, "utf8");
        if (PDF_RENDERER_MARKERS.some((marker) => text.includes(marker)))
          found.push(path.relative(dir, full));
      }
    }
  };
  if (existsSync(dir)) await walk(dir);
  return found;
}

/** `npm run bench -- --report-only`: renders RESULTS.md again from results.json with the current analyses. */
async function reportOnly(): Promise<void> {
  const { readFile } = await import("node:fs/promises");
  const dir = process.env.BENCH_OUT_DIR ?? path.join(ROOT, "bench");
  const report = JSON.parse(await readFile(path.join(dir, "results.json"), "utf8")) as Report;
  report.analysis = analysesFor(report.figures);
  report.method = METHOD;
  const written = await writeReport(report, dir);
  log(`rewrote ${written.markdown} from ${written.json}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  (process.argv.includes("--report-only") ? reportOnly() : main()).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
