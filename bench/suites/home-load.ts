import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runLoad, type LoadResult } from "../lib/load";
import type { Figure } from "../lib/report";
import { median } from "../lib/stats";

export interface HomeLoadInput {
  origin: string;
  /** Absolute path of the build folder, to read the prerender manifest. */
  distDir: string;
  homePath: string;
  /** A file from `public/`, served by the same `next start`. */
  staticPath: string;
  connections: number;
  durationSeconds: number;
  runs: number;
  /** Seconds of load on each URL before measuring (JIT, caches). */
  warmupSeconds?: number;
  /**
   * The same comparison on the bare next-intl app (its /en page against the same static file served by
   * it): what Next.js itself allows, to judge the budget.
   */
  control?: { origin: string; durationSeconds: number } | null;
  log: (line: string) => void;
}

/** Whether the build prerendered `route` (listed in prerender-manifest.json) and the server answers from that cache. */
async function prerenderEvidence(origin: string, distDir: string, route: string) {
  const manifestPath = path.join(distDir, "prerender-manifest.json");
  let inManifest = false;
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { routes?: Record<string, unknown> };
    inManifest = Boolean(manifest.routes && route in manifest.routes);
  }
  const response = await fetch(`${origin}${route}`);
  await response.arrayBuffer();
  const cache = response.headers.get("x-nextjs-cache");
  const prerender = response.headers.get("x-nextjs-prerender");
  return { inManifest, xNextjsCache: cache, xNextjsPrerender: prerender, status: response.status };
}

/**
 * The home page and a static file under the same load, runs interleaved (home, file, home, file…) so
 * a burst of activity from other jobs on the machine hits both alike.
 */
export async function homeLoad(input: HomeLoadInput): Promise<{ figures: Figure[]; raw: unknown }> {
  const evidence = await prerenderEvidence(input.origin, input.distDir, input.homePath);
  const home: LoadResult[] = [];
  const file: LoadResult[] = [];
  const load = (target: string) =>
    runLoad({
      url: `${input.origin}${target}`,
      connections: input.connections,
      durationSeconds: input.durationSeconds,
    });
  // A short warm-up so the first measured run does not pay for JIT and caches.
  const warmup = input.warmupSeconds ?? 2;
  await runLoad({
    url: `${input.origin}${input.homePath}`,
    connections: input.connections,
    durationSeconds: warmup,
  });
  await runLoad({
    url: `${input.origin}${input.staticPath}`,
    connections: input.connections,
    durationSeconds: warmup,
  });
  const controlPage: LoadResult[] = [];
  const controlFile: LoadResult[] = [];
  const control = input.control;
  const loadControl = (target: string) =>
    runLoad({
      url: `${control?.origin}${target}`,
      connections: input.connections,
      durationSeconds: control?.durationSeconds ?? 1,
    });
  if (control) await loadControl(input.homePath);
  // Interleaved, so a burst from other jobs on the machine falls on every series alike.
  for (let run = 0; run < input.runs; run++) {
    input.log(`home page under load: run ${run + 1}/${input.runs}`);
    home.push(await load(input.homePath));
    file.push(await load(input.staticPath));
    if (control) {
      controlPage.push(await loadControl(input.homePath));
      controlFile.push(await loadControl(input.staticPath));
    }
  }
  const homeP99 = median(home.map((r) => r.latencyP99));
  const fileP99 = median(file.map((r) => r.latencyP99));
  const homeRps = median(home.map((r) => r.requestsPerSecond));
  const fileRps = median(file.map((r) => r.requestsPerSecond));
  const failures = [...home, ...file].reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0);
  const prerendered =
    evidence.inManifest &&
    (evidence.xNextjsCache === "HIT" ||
      evidence.xNextjsCache === "STALE" ||
      evidence.xNextjsPrerender === "1");
  const ratio = homeP99 / fileP99;
  const load$ = `${input.connections} connections, ${input.durationSeconds} s`;
  return {
    figures: [
      {
        id: "home-load.prerendered",
        figure: `Home page ${input.homePath} prerendered`,
        value: prerendered ? 1 : 0,
        unit: prerendered ? "(yes)" : "(no)",
        budget: "prerendered at build time",
        status: prerendered ? "pass" : "miss",
        note: `prerender-manifest.json lists ${input.homePath}: ${evidence.inManifest}; x-nextjs-cache: ${evidence.xNextjsCache ?? "absent"}; x-nextjs-prerender: ${evidence.xNextjsPrerender ?? "absent"}`,
      },
      {
        id: "home-load.rps",
        figure: `Home page under load (${load$}): requests/s`,
        value: homeRps,
        unit: "req/s",
        baseline: { label: `static file ${input.staticPath}`, value: fileRps },
        ratio: homeRps / fileRps,
        status: "info",
      },
      {
        id: "home-load.p99",
        figure: `Home page under load (${load$}): p99 latency`,
        value: homeP99,
        unit: "ms",
        baseline: { label: `static file ${input.staticPath}`, value: fileP99 },
        ratio,
        budget: "≤ 2× static file, no errors",
        status: ratio <= 2 && failures === 0 ? "pass" : "miss",
        note: failures > 0 ? `${failures} failed requests` : undefined,
      },
      ...(controlPage.length > 0
        ? [
            {
              id: "home-load.control-p99",
              figure: `Bare next-intl page /en under the same load (${input.connections} connections, ${input.control?.durationSeconds} s): p99`,
              value: median(controlPage.map((r) => r.latencyP99)),
              unit: "ms",
              baseline: {
                label: `the same static file from the bare app's server`,
                value: median(controlFile.map((r) => r.latencyP99)),
              },
              ratio:
                median(controlPage.map((r) => r.latencyP99)) / median(controlFile.map((r) => r.latencyP99)),
              status: "info" as const,
              note: "control: what a prerendered Next.js 16 + next-intl page with no code of ours achieves against a public file",
            },
            {
              id: "home-load.vs-bare",
              figure:
                "Home page p99 against the bare next-intl page's p99 (same load, each on its own server)",
              value: homeP99,
              unit: "ms",
              baseline: { label: "bare next-intl page", value: median(controlPage.map((r) => r.latencyP99)) },
              ratio: homeP99 / median(controlPage.map((r) => r.latencyP99)),
              budget: "proposed: ≤ 1.25× (see analysis)",
              status: "info" as const,
            },
          ]
        : []),
    ],
    raw: { evidence, home, file, controlPage, controlFile },
  };
}
