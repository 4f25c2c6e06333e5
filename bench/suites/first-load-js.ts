import { rawGet } from "../lib/http";
import type { Figure } from "../lib/report";
import { notMeasured } from "../lib/report";

/**
 * Strings that only the PDF renderer's code contains (react-pdf's PDF writer, its font and layout
 * engines). They survive minification because they are data, not identifiers.
 */
export const PDF_RENDERER_MARKERS = ["%PDF-", "FontDescriptor", "FlateDecode", "yoga-layout"];

export interface PageScripts {
  path: string;
  status: number;
  scripts: { src: string; wireBytes: number; encoding: string; bytes: number; pdfMarkers: string[] }[];
  /** Compressed (as served) bytes of every script the first load fetches. */
  wireBytes: number;
  /** Uncompressed bytes. */
  bytes: number;
  pdfRendererPresent: boolean;
}

/** Every script the HTML makes the browser fetch on first load: `<script src>` and script preloads. */
export function firstLoadScripts(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) found.add(match[1] ?? "");
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && (/\bas="script"/.test(tag) || /\brel="modulepreload"/.test(tag))) found.add(href);
  }
  return [...found]
    .filter((src) => src && /\.m?js(\?|$)/.test(src))
    .map((src) => src.replaceAll("&amp;", "&"));
}

/** Fetches a page and all its first-load scripts, and looks for the PDF renderer in them. */
export async function measurePage(origin: string, path: string): Promise<PageScripts> {
  const page = await rawGet(`${origin}${path}`);
  const html = page.body.toString("utf8");
  const scripts = [];
  for (const src of firstLoadScripts(html)) {
    const response = await rawGet(new URL(src, origin).href);
    const text = response.body.toString("utf8");
    scripts.push({
      src,
      wireBytes: response.wireBytes,
      encoding: response.encoding,
      bytes: response.body.length,
      pdfMarkers: PDF_RENDERER_MARKERS.filter((marker) => text.includes(marker)),
    });
  }
  return {
    path,
    status: page.status,
    scripts,
    wireBytes: scripts.reduce((sum, s) => sum + s.wireBytes, 0),
    bytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
    pdfRendererPresent: scripts.some((s) => s.pdfMarkers.length > 0),
  };
}

export interface FirstLoadInput {
  appOrigin: string;
  baselineOrigin: string | null;
  /** Pages to measure: label → path. A page that does not answer 200 is reported as not measured. */
  pages: { id: string; label: string; path: string }[];
  /** Paths of JS files in the build that hold the PDF renderer (to prove the markers find it). */
  rendererChunksInBuild: string[];
  budgetRatio?: number;
}

const KB = 1024;

/** First-load JS of each page against the bare next-intl page, plus the PDF renderer check. */
export async function firstLoadJs(input: FirstLoadInput): Promise<{ figures: Figure[]; raw: unknown }> {
  const budgetRatio = input.budgetRatio ?? 1.25;
  const figures: Figure[] = [];
  const baseline = input.baselineOrigin ? await measurePage(input.baselineOrigin, "/en") : null;
  const baselineKb = baseline && baseline.status === 200 ? baseline.wireBytes / KB : null;
  const measured: PageScripts[] = [];
  for (const page of input.pages) {
    const id = `first-load-js.${page.id}`;
    const label = `First-load JS, ${page.label} (${page.path})`;
    const budget = `≤ ${budgetRatio}× bare next-intl page`;
    const result = await measurePage(input.appOrigin, page.path);
    measured.push(result);
    if (result.status !== 200) {
      figures.push(
        notMeasured(id, label, "KiB", `${page.path} answered ${result.status} (page not built yet?)`, budget),
      );
      continue;
    }
    const kb = result.wireBytes / KB;
    const ratio = baselineKb ? kb / baselineKb : null;
    figures.push({
      id,
      figure: label,
      value: kb,
      unit: "KiB",
      baseline: { label: "bare Next.js + next-intl page", value: baselineKb },
      ratio,
      budget,
      status: ratio === null ? "not measured" : ratio <= budgetRatio ? "pass" : "miss",
      note:
        ratio === null
          ? "baseline app not measured"
          : `${result.scripts.length} scripts, ${(result.bytes / KB).toFixed(0)} KiB uncompressed, served ${[
              ...new Set(result.scripts.map((s) => s.encoding)),
            ].join("/")}`,
    });
  }
  const answered = measured.filter((page) => page.status === 200);
  const carrying = answered.filter((page) => page.pdfRendererPresent);
  const markersWork = input.rendererChunksInBuild.length > 0;
  figures.push({
    id: "first-load-js.pdf-renderer-absent",
    figure: "PDF renderer in a first load (pages carrying @react-pdf code)",
    value: carrying.length,
    unit: `of ${answered.length} pages`,
    budget: "0 pages",
    status: !markersWork ? "not measured" : carrying.length === 0 ? "pass" : "miss",
    note: markersWork
      ? `the renderer lives in ${input.rendererChunksInBuild.length} lazily loaded chunk(s) of the build (${input.rendererChunksInBuild
          .slice(0, 3)
          .join(
            ", ",
          )}); ${carrying.length === 0 ? "none is fetched on first load" : `fetched by ${carrying.map((p) => p.path).join(", ")}`}`
      : "no chunk of the build contains the renderer's markers, so their absence proves nothing",
  });
  return { figures, raw: { baseline, pages: measured } };
}
