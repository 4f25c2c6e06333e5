import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { Figure } from "../lib/report";
import { notMeasured } from "../lib/report";
import { median } from "../lib/stats";
import { CHROMIUM_ARGS } from "./browser-letter";

/** Median of the defined values only (a metric can be missing from a run). */
const medianOf = (values: (number | undefined)[]) =>
  median(values.filter((v): v is number => typeof v === "number" && Number.isFinite(v)));

const CATEGORIES = [
  { id: "performance", label: "performance", min: 95 },
  { id: "accessibility", label: "accessibility", min: 100 },
  { id: "best-practices", label: "best practices", min: 95 },
  { id: "seo", label: "SEO", min: 95 },
] as const;

export interface LighthouseInput {
  origin: string;
  pages: { id: string; label: string; path: string }[];
  /** The bare Next.js + next-intl page, scored in the same run: what this machine allows. */
  baseline: { origin: string; path: string } | null;
  runs: number;
  log: (line: string) => void;
}

interface PageRun {
  scores: Record<string, number | null>;
  failing: Record<string, { id: string; score: number }[]>;
  metrics: Record<string, number | undefined>;
}

/**
 * Lighthouse 12 with its default (mobile) configuration: Moto G Power emulation, simulated slow 4G and
 * 4× CPU slowdown, in Debian's Chromium. Scores are medians over `runs` runs of each page.
 */
export async function lighthouseScores(input: LighthouseInput): Promise<{ figures: Figure[]; raw: unknown }> {
  let chrome: chromeLauncher.LaunchedChrome | null = null;
  const raw: Record<string, PageRun[]> = {};
  const figures: Figure[] = [];
  try {
    chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      chromeFlags: CHROMIUM_ARGS,
    });
    let baselineScores: Record<string, number | null> | null = null;
    if (input.baseline) {
      const runs = await runPage(
        `${input.baseline.origin}${input.baseline.path}`,
        chrome.port,
        input.runs,
        input.log,
      );
      raw.baseline = runs;
      baselineScores = Object.fromEntries(
        CATEGORIES.map((c) => {
          const values = runs.map((r) => r.scores[c.id]).filter((v): v is number => v !== null);
          return [c.id, values.length ? median(values) : null];
        }),
      );
      const tbt = Math.round(medianOf(runs.map((r) => r.metrics.tbtMs)));
      const lcp = Math.round(medianOf(runs.map((r) => r.metrics.lcpMs)));
      figures.push({
        id: "lighthouse-baseline.performance",
        figure: "Lighthouse performance, bare next-intl page (baseline app /en)",
        value: baselineScores.performance ?? null,
        unit: "",
        status: "info",
        note: `what this machine allows a page with no code of ours: LCP ${lcp} ms, TBT ${tbt} ms`,
      });
    }
    for (const page of input.pages) {
      const url = `${input.origin}${page.path}`;
      const status = (await fetch(url, { redirect: "manual" })).status;
      if (status !== 200) {
        for (const category of CATEGORIES)
          figures.push(
            notMeasured(
              `lighthouse.${category.id}.${page.id}`,
              `Lighthouse ${category.label}, ${page.label} (${page.path})`,
              "",
              `${page.path} answered ${status}`,
              `≥ ${category.min}`,
            ),
          );
        continue;
      }
      const runs = await runPage(url, chrome.port, input.runs, input.log);
      raw[page.path] = runs;
      for (const category of CATEGORIES) {
        const values = runs.map((r) => r.scores[category.id]).filter((v): v is number => v !== null);
        const value = values.length ? median(values) : null;
        const failingAudits = worstAudits(runs.flatMap((r) => r.failing[category.id] ?? []));
        const metrics =
          category.id === "performance"
            ? `LCP ${Math.round(medianOf(runs.map((r) => r.metrics.lcpMs)))} ms, TBT ${Math.round(medianOf(runs.map((r) => r.metrics.tbtMs)))} ms, CLS ${medianOf(runs.map((r) => r.metrics.cls)).toFixed(3)}`
            : "";
        const base = category.id === "performance" ? (baselineScores?.performance ?? null) : null;
        figures.push({
          id: `lighthouse.${category.id}.${page.id}`,
          figure: `Lighthouse ${category.label}, ${page.label} (${page.path})`,
          value,
          unit: "",
          baseline: base === null ? null : { label: "bare next-intl page", value: base },
          ratio: base && value !== null ? value / base : null,
          budget: `≥ ${category.min}`,
          status: value === null ? "not measured" : value >= category.min ? "pass" : "miss",
          note:
            [metrics, failingAudits.length ? `audits below 0.9: ${failingAudits.join(", ")}` : ""]
              .filter(Boolean)
              .join("; ") || undefined,
        });
      }
    }
  } catch (error) {
    figures.push(
      notMeasured(
        "lighthouse",
        "Lighthouse",
        "",
        `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
      ),
    );
  } finally {
    chrome?.kill();
  }
  return { figures, raw };
}

/** Each failing audit once, with its worst score over the runs. */
function worstAudits(entries: { id: string; score: number }[]): string[] {
  const worst = new Map<string, number>();
  for (const { id, score } of entries) worst.set(id, Math.min(score, worst.get(id) ?? 1));
  return [...worst].map(([id, score]) => `${id} (${score})`);
}

async function runPage(
  url: string,
  port: number,
  count: number,
  log: (line: string) => void,
): Promise<PageRun[]> {
  const runs: PageRun[] = [];
  for (let run = 0; run < count; run++) {
    log(`lighthouse ${url}: run ${run + 1}/${count}`);
    const result = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: CATEGORIES.map((c) => c.id),
    });
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
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
    runs.push({
      scores,
      failing,
      metrics: {
        fcpMs: metric("first-contentful-paint"),
        lcpMs: metric("largest-contentful-paint"),
        tbtMs: metric("total-blocking-time"),
        cls: metric("cumulative-layout-shift"),
        siMs: metric("speed-index"),
      },
    });
  }
  return runs;
}
