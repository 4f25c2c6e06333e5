import { existsSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../lib/build";
import { lastJson, runChild } from "../lib/child";
import type { Figure } from "../lib/report";
import { notMeasured } from "../lib/report";

/** What bench/letter-render.bench.ts prints. */
interface LetterRenderOutput {
  letter: { runs: number; medianMs: number; p95Ms: number; bytes: number; pages: number };
  oneLineDocument: { medianMs: number; p95Ms: number };
  ratio: { median: number; p95: number };
}

const SCRIPT = path.join(ROOT, "bench", "letter-render.bench.ts");
const ID = "server-render";
const LABEL = "Server rendering of the full letter (2 pages, fonts, drawn signature): median";

/**
 * Server rendering time, measured by bench/letter-render.bench.ts (the letter team's benchmark, run
 * as is in a child process): median and p95 after warm-up, against a one-line react-pdf document
 * rendered in the same process.
 */
export async function serverRender(options: {
  runs: number;
  warmup: number;
}): Promise<{ figures: Figure[]; raw: unknown }> {
  if (!existsSync(SCRIPT)) {
    return {
      figures: [
        notMeasured(ID, LABEL, "ms", "bench/letter-render.bench.ts is missing", "≤ 4× one-line document"),
      ],
      raw: null,
    };
  }
  let out: LetterRenderOutput;
  try {
    out = lastJson<LetterRenderOutput>(
      await runChild(process.execPath, [
        "--import",
        "tsx",
        SCRIPT,
        "--runs",
        String(options.runs),
        "--warmup",
        String(options.warmup),
      ]),
    );
  } catch (error) {
    return {
      figures: [
        notMeasured(
          ID,
          LABEL,
          "ms",
          `failed: ${error instanceof Error ? error.message : String(error)}`,
          "≤ 4× one-line document",
        ),
      ],
      raw: null,
    };
  }
  const ratio = out.letter.medianMs / out.oneLineDocument.medianMs;
  return {
    figures: [
      {
        id: `${ID}.median`,
        figure: LABEL,
        value: out.letter.medianMs,
        unit: "ms",
        baseline: { label: "one-line react-pdf document", value: out.oneLineDocument.medianMs },
        ratio,
        budget: "≤ 4× one-line document",
        status: ratio <= 4 ? "pass" : "miss",
        note: `${out.letter.runs} renders after ${options.warmup} warm-up ones, same process; ${out.letter.pages} pages, ${(out.letter.bytes / 1024).toFixed(0)} KiB`,
      },
      {
        id: `${ID}.p95`,
        figure: "Server rendering of the full letter: p95",
        value: out.letter.p95Ms,
        unit: "ms",
        baseline: { label: "one-line react-pdf document", value: out.oneLineDocument.p95Ms },
        ratio: out.letter.p95Ms / out.oneLineDocument.p95Ms,
        status: "info",
      },
    ],
    raw: out,
  };
}
