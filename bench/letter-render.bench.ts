/**
 * Server rendering time of a full letter (two pages, embedded fonts, drawn signature) against a
 * one-line react-pdf document rendered in the same process. Not a test: prints JSON.
 * Run: npx tsx bench/letter-render.bench.ts [--runs 40] [--warmup 5]
 * (Uses the document component directly: lib/server/pdf imports `server-only`, which tsx cannot load.)
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createElement } from "react";
import { Document, Page, Text, renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import { createLetterDocument, registerLetterFonts } from "@/components/letter-pdf";
import { buildLetter } from "@/lib/universal/letter/build-letter";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { ZLetterRequest } from "@/lib/universal/schemas/letter-request";
import { signaturePngDataUrl } from "@/tests/support/letter-fixtures";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function percentile(sorted: number[], p: number): number {
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

async function measure(render: () => Promise<Buffer>, warmup: number, runs: number) {
  for (let i = 0; i < warmup; i++) await render();
  const times: number[] = [];
  let bytes = 0;
  let pages = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const pdf = await render();
    times.push(performance.now() - start);
    bytes = pdf.byteLength;
    pages = (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    runs,
    medianMs: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    minMs: round(sorted[0] as number),
    maxMs: round(sorted.at(-1) as number),
    bytes,
    pages,
  };
}

async function main() {
  const runs = option("runs", 40);
  const warmup = option("warmup", 5);
  registerLetterFonts((file) => path.join(process.cwd(), "public", "fonts", file));

  const request = ZLetterRequest.parse({
    letterLocale: "fr",
    country: "FR",
    age: "18-plus",
    account: "member",
    firstName: "Zoë",
    lastName: "Łukasiewicz-Ørsted",
    email: "zoe@example.org",
    postalAddress: { lines: ["12 rue des Lilas"], postalCode: "75011", city: "Paris" },
    situations: ["journalist"],
    date: "2026-11-28",
    signature: { type: "drawn", png: signaturePngDataUrl() },
  });
  const model = buildLetter(request, assessEligibility(request), {
    today: "2026-11-28",
    reference: "LI-AI-2026-BENCH0",
  });
  const letter = createLetterDocument(model);
  const oneLine = createElement(
    Document,
    null,
    createElement(Page, { size: "A4" }, createElement(Text, null, "One line.")),
  ) as ReactElement<DocumentProps>;

  const baseline = await measure(() => renderToBuffer(oneLine), warmup, runs);
  const full = await measure(() => renderToBuffer(letter), warmup, runs);
  const result = {
    benchmark: "letter-render",
    node: process.version,
    letter: full,
    oneLineDocument: baseline,
    ratio: {
      median: Math.round((full.medianMs / baseline.medianMs) * 100) / 100,
      p95: Math.round((full.p95Ms / baseline.p95Ms) * 100) / 100,
    },
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
