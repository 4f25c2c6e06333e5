import os from "node:os";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";
import type { Figure } from "../lib/report";
import { notMeasured } from "../lib/report";
import { median } from "../lib/stats";

/**
 * Exactly the flags a fresh Chromium gets for each Lighthouse run. No `--disable-gpu`, no window size, no
 * throttling flag: Lighthouse's defaults decide the device, the network and the CPU.
 */
export const LIGHTHOUSE_CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const CATEGORIES = [
  { id: "performance", label: "performance", min: 95 },
  { id: "accessibility", label: "accessibility", min: 100 },
  { id: "best-practices", label: "best practices", min: 95 },
  { id: "seo", label: "SEO", min: 95 },
] as const;

/** The budgets of our own pages (baselines get none): all from the same run. */
export const LIGHTHOUSE_BUDGETS = { performance: 95, tbtMs: 200, cls: 0.02, lcpRatioToStatic: 1.5 };

export interface LighthousePage {
  id: string;
  label: string;
  origin: string;
  path: string;
  /** A baseline (the bare next-intl page, the static copy): reported, no budget. */
  baseline?: boolean;
  /** Indexable page: SEO is scored (the questionnaire's steps are noindex on purpose). */
  seo?: boolean;
  /** sessionStorage entries put in place before any script of the page runs (a seeded draft). */
  session?: Record<string, string>;
}

export interface LighthouseInput {
  pages: LighthousePage[];
  /** Page ids: the bare next-intl page (bytes, scores) and the static copy of the home page (LCP). */
  bareId: string | null;
  staticId: string | null;
  /** The page whose LCP is compared with the static copy's. */
  homeId: string;
  runs: number;
  chromePath?: string;
  log: (line: string) => void;
}

export interface LighthouseRun {
  run: number;
  /** 1-minute load average just before the run. */
  load: number;
  scores: Record<string, number | null>;
  failing: Record<string, { id: string; score: number }[]>;
  metrics: {
    fcpMs?: number;
    lcpMs?: number;
    tbtMs?: number;
    cls?: number;
    siMs?: number;
    totalBytes?: number;
    scriptBytes?: number;
  };
  finalUrl: string;
  warnings: string[];
}

/** Median of the defined values only (a metric can be missing from a run). */
const medianOf = (values: (number | undefined)[]) =>
  median(values.filter((v): v is number => typeof v === "number" && Number.isFinite(v)));

const kib = (bytes: number) => bytes / 1024;

/**
 * Lighthouse 12.2.3 with its default configuration, untouched: mobile form factor (Moto G Power), simulated
 * throttling (slow 4G, 4× CPU), no custom flags. Each run launches its own Chromium (chrome-launcher, a fresh
 * temporary profile: no HTTP cache, no V8 code cache, no warm process from an earlier run) and kills it after.
 * Runs go round-robin over the pages, so a change of machine load touches every page alike.
 */
export async function lighthouseScores(
  input: LighthouseInput,
): Promise<{ figures: Figure[]; raw: Record<string, LighthouseRun[]> }> {
  const raw: Record<string, LighthouseRun[]> = Object.fromEntries(input.pages.map((p) => [p.id, []]));
  const problems: Record<string, string> = {};
  for (const page of input.pages) {
    const status = await fetch(`${page.origin}${page.path}`, { redirect: "manual" })
      .then((r) => r.status)
      .catch(() => 0);
    if (status !== 200) problems[page.id] = `${page.path} answered ${status || "nothing"}`;
  }
  for (let run = 0; run < input.runs; run++) {
    for (const page of input.pages) {
      if (problems[page.id]) continue;
      input.log(`lighthouse ${page.path}: run ${run + 1}/${input.runs}`);
      // Lighthouse sometimes loses a trace (NO_NAVSTART, NO_FCP), most often on a page that loads in a few
      // milliseconds on a busy machine: such a run is taken again in a fresh Chromium, at most twice, and the
      // retries are reported. A page whose run fails three times in a row is reported as not measured.
      const errors: string[] = [];
      while (errors.length < 3) {
        try {
          const measured = await runOnce(page, run, input.chromePath);
          if (errors.length) measured.warnings.push(`retried after: ${errors.join("; ")}`);
          raw[page.id]?.push(measured);
          break;
        } catch (error) {
          errors.push(error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error));
          input.log(`lighthouse ${page.path}: run ${run + 1} failed (${errors.at(-1)})`);
        }
      }
      if (errors.length === 3) problems[page.id] = `failed 3 times: ${errors.join("; ")}`;
    }
  }
  return { figures: figuresOf(input, raw, problems), raw };
}

async function runOnce(page: LighthousePage, run: number, chromePath?: string): Promise<LighthouseRun> {
  const load = Math.round(os.loadavg()[0]! * 100) / 100;
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath ?? process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: LIGHTHOUSE_CHROME_FLAGS,
  });
  let browser: Awaited<ReturnType<typeof puppeteer.connect>> | null = null;
  try {
    const url = `${page.origin}${page.path}`;
    let result: Awaited<ReturnType<typeof lighthouse>>;
    const flags = { port: chrome.port, output: "json" as const, logLevel: "error" as const };
    const onlyCategories = CATEGORIES.map((c) => c.id).filter((id) => id !== "seo" || page.seo);
    if (page.session) {
      // A page of Lighthouse's own browser, with the entries set before the page's first script.
      browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
      const tab = await browser.newPage();
      await tab.evaluateOnNewDocument((entries: Record<string, string>) => {
        try {
          if (location.protocol.startsWith("http"))
            for (const [key, value] of Object.entries(entries))
              if (!sessionStorage.getItem(key)) sessionStorage.setItem(key, value);
        } catch {
          // about:blank has no storage.
        }
      }, page.session);
      result = await lighthouse(url, { ...flags, onlyCategories }, undefined, tab);
    } else {
      result = await lighthouse(url, { ...flags, onlyCategories });
    }
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const scores: Record<string, number | null> = {};
    const failing: Record<string, { id: string; score: number }[]> = {};
    for (const category of CATEGORIES) {
      const found = lhr.categories[category.id];
      scores[category.id] =
        found?.score === null || found?.score === undefined ? null : Math.round(found.score * 100);
      failing[category.id] = (found?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .flatMap((ref) => {
          const audit = lhr.audits[ref.id];
          return audit && audit.score !== null && audit.score < 0.9
            ? [{ id: audit.id, score: audit.score }]
            : [];
        });
    }
    const metric = (id: string) => lhr.audits[id]?.numericValue;
    const summary = lhr.audits["resource-summary"]?.details as
      { items?: { resourceType?: string; transferSize?: number }[] } | undefined;
    return {
      run,
      load,
      scores,
      failing,
      metrics: {
        fcpMs: metric("first-contentful-paint"),
        lcpMs: metric("largest-contentful-paint"),
        tbtMs: metric("total-blocking-time"),
        cls: metric("cumulative-layout-shift"),
        siMs: metric("speed-index"),
        totalBytes: metric("total-byte-weight"),
        scriptBytes: summary?.items?.find((item) => item.resourceType === "script")?.transferSize,
      },
      finalUrl: lhr.finalDisplayedUrl,
      warnings: lhr.runWarnings,
    };
  } finally {
    await browser?.disconnect().catch(() => undefined);
    chrome.kill();
  }
}

function figuresOf(
  input: LighthouseInput,
  raw: Record<string, LighthouseRun[]>,
  problems: Record<string, string>,
): Figure[] {
  const figures: Figure[] = [];
  const med = (id: string | null, pick: (r: LighthouseRun) => number | undefined) =>
    id && raw[id]?.length ? medianOf(raw[id].map(pick)) : null;
  const bare = input.bareId ? input.pages.find((p) => p.id === input.bareId) : undefined;
  const bareScore = med(input.bareId, (r) => r.scores.performance ?? undefined);
  const bareBytes = med(input.bareId, (r) => r.metrics.totalBytes);
  const staticLcp = med(input.staticId, (r) => r.metrics.lcpMs);
  for (const page of input.pages) {
    const name = `${page.label} (${page.path})`;
    const runs = raw[page.id] ?? [];
    if (problems[page.id] || runs.length === 0) {
      figures.push(
        notMeasured(
          `lighthouse.performance.${page.id}`,
          `Lighthouse mobile performance, ${name}`,
          "",
          problems[page.id] ?? "no run",
          page.baseline ? undefined : `≥ ${LIGHTHOUSE_BUDGETS.performance}`,
        ),
      );
      continue;
    }
    const load = runs.map((r) => r.load);
    const m = (pick: (r: LighthouseRun) => number | undefined) => medianOf(runs.map(pick));
    const lcp = m((r) => r.metrics.lcpMs);
    const tbt = m((r) => r.metrics.tbtMs);
    const cls = m((r) => r.metrics.cls);
    const fcp = m((r) => r.metrics.fcpMs);
    const bytes = m((r) => r.metrics.totalBytes);
    const scriptBytes = m((r) => r.metrics.scriptBytes);
    const perf = m((r) => r.scores.performance ?? undefined);
    const perRun = runs.map((r) => r.scores.performance ?? "–").join(", ");
    const worst = worstAudits(runs.flatMap((r) => r.failing.performance ?? []));
    const judged = !page.baseline;
    const vsBare = bare && bare.id !== page.id && bareScore !== null;
    figures.push({
      id: `lighthouse.performance.${page.id}`,
      figure: `Lighthouse mobile performance, ${name}`,
      value: perf,
      unit: "",
      baseline: vsBare ? { label: "bare next-intl page", value: bareScore } : null,
      ratio: vsBare && bareScore ? perf / bareScore : null,
      budget: judged ? `≥ ${LIGHTHOUSE_BUDGETS.performance}` : undefined,
      status: judged ? (perf >= LIGHTHOUSE_BUDGETS.performance ? "pass" : "miss") : "info",
      note: [
        `runs ${perRun}; FCP ${Math.round(fcp)} ms, LCP ${Math.round(lcp)} ms, TBT ${Math.round(tbt)} ms, CLS ${cls.toFixed(3)}, ${kib(bytes).toFixed(0)} KiB transferred (${kib(scriptBytes).toFixed(0)} KiB of scripts)`,
        worst.length ? `audits below 0.9: ${worst.join(", ")}` : "",
        runs.some((r) => r.finalUrl !== `${page.origin}${page.path}`)
          ? `ended on ${runs.map((r) => r.finalUrl.replace(page.origin, "")).join(", ")}`
          : "",
        ...runs.flatMap((r) =>
          r.warnings.filter((w) => w.startsWith("retried")).map((w) => `run ${r.run + 1} ${w}`),
        ),
      ]
        .filter(Boolean)
        .join("; "),
      load,
    });
    figures.push({
      id: `lighthouse.tbt.${page.id}`,
      figure: `Lighthouse total blocking time, ${name}`,
      value: tbt,
      unit: "ms",
      budget: judged ? `≤ ${LIGHTHOUSE_BUDGETS.tbtMs} ms` : undefined,
      status: judged ? (tbt <= LIGHTHOUSE_BUDGETS.tbtMs ? "pass" : "miss") : "info",
      load,
    });
    figures.push({
      id: `lighthouse.cls.${page.id}`,
      figure: `Lighthouse cumulative layout shift, ${name}`,
      value: cls,
      unit: "",
      budget: judged ? `≤ ${LIGHTHOUSE_BUDGETS.cls}` : undefined,
      status: judged ? (cls <= LIGHTHOUSE_BUDGETS.cls ? "pass" : "miss") : "info",
      note: `per run: ${runs.map((r) => (r.metrics.cls ?? Number.NaN).toFixed(3)).join(", ")}`,
      load,
    });
    const vsStatic = page.id === input.homeId && staticLcp !== null;
    figures.push({
      id: `lighthouse.lcp.${page.id}`,
      figure: `Lighthouse largest contentful paint, ${name}`,
      value: lcp,
      unit: "ms",
      baseline: vsStatic ? { label: "static copy of the home page", value: staticLcp } : null,
      ratio: vsStatic && staticLcp ? lcp / staticLcp : null,
      budget: vsStatic ? `≤ ${LIGHTHOUSE_BUDGETS.lcpRatioToStatic}× static copy` : undefined,
      status:
        vsStatic && staticLcp
          ? lcp / staticLcp <= LIGHTHOUSE_BUDGETS.lcpRatioToStatic
            ? "pass"
            : "miss"
          : "info",
      load,
    });
    const bytesVsBare = bare && bare.id !== page.id && bareBytes !== null;
    figures.push({
      id: `lighthouse.bytes.${page.id}`,
      figure: `Bytes transferred during the Lighthouse load, ${name}`,
      value: kib(bytes),
      unit: "KiB",
      baseline: bytesVsBare ? { label: "bare next-intl page", value: kib(bareBytes) } : null,
      ratio: bytesVsBare && bareBytes ? bytes / bareBytes : null,
      status: "info",
      note: `scripts ${kib(scriptBytes).toFixed(0)} KiB`,
      load,
    });
    if (!judged) continue;
    for (const category of CATEGORIES) {
      if (category.id === "performance" || (category.id === "seo" && !page.seo)) continue;
      const value = m((r) => r.scores[category.id] ?? undefined);
      const failingAudits = worstAudits(runs.flatMap((r) => r.failing[category.id] ?? []));
      figures.push({
        id: `lighthouse.${category.id}.${page.id}`,
        figure: `Lighthouse ${category.label}, ${name}`,
        value,
        unit: "",
        budget: `≥ ${category.min}`,
        status: Number.isNaN(value) ? "not measured" : value >= category.min ? "pass" : "miss",
        note: failingAudits.length ? `audits below 0.9: ${failingAudits.join(", ")}` : undefined,
        load,
      });
    }
  }
  return figures;
}

/** Each failing audit once, with its worst score over the runs. */
function worstAudits(entries: { id: string; score: number }[]): string[] {
  const worst = new Map<string, number>();
  for (const { id, score } of entries) worst.set(id, Math.min(score, worst.get(id) ?? 1));
  return [...worst].map(([id, score]) => `${id} (${score})`);
}
