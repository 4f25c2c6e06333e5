import { fullLetterRequest } from "../lib/fixtures";
import { nextClientAddress, runLoad, type LoadResult } from "../lib/load";
import type { Figure } from "../lib/report";
import { median, percentile, timed } from "../lib/stats";

export interface LetterApiInput {
  origin: string;
  connections: number;
  durationSeconds: number;
  runs: number;
  singleRequests: number;
  log: (line: string) => void;
}

const HEADERS = { "content-type": "application/json", "accept-language": "fr" };

async function postLetter(url: string, body: string): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: { ...HEADERS, "x-forwarded-for": nextClientAddress() },
    body,
  });
  const bytes = await response.arrayBuffer();
  if (response.status !== 200) {
    throw new Error(
      `POST /api/v1/letter answered ${response.status}: ${Buffer.from(bytes).toString("utf8").slice(0, 300)}`,
    );
  }
  return bytes.byteLength;
}

/**
 * Waits until the renders left over from a load run are done. When autocannon stops, each connection still
 * has a request in the server; the server renders it anyway (a client that goes away does not cancel its
 * PDF), so the next run would start with the queue already holding `connections` renders and the pool would
 * refuse the surplus with 503 `busy` (measured: 455 refusals with Retry-After 17 in the run after a run).
 * The queue is first in, first out: one letter answered 200 means every earlier render has finished.
 */
async function drain(url: string, body: string): Promise<{ ms: number; refused: number }> {
  const started = performance.now();
  let refused = 0;
  for (;;) {
    const response = await fetch(url, {
      method: "POST",
      headers: { ...HEADERS, "x-forwarded-for": nextClientAddress() },
      body,
    });
    await response.arrayBuffer();
    if (response.status === 200) return { ms: performance.now() - started, refused };
    if (response.status !== 503 || performance.now() - started > 120_000) {
      throw new Error(`POST /api/v1/letter answered ${response.status} while draining the queue`);
    }
    refused++;
    const seconds = Number(response.headers.get("retry-after")) || 1;
    await new Promise((resolve) => setTimeout(resolve, Math.min(seconds, 5) * 1000));
  }
}

/**
 * POST /api/v1/letter: the median time of one request alone (after warm-up), then autocannon at
 * `connections` for `durationSeconds`, `runs` times. The budget compares the loaded p99 with the
 * single-request median measured in the same run.
 */
export async function letterApi(input: LetterApiInput): Promise<{ figures: Figure[]; raw: unknown }> {
  const url = `${input.origin}/api/v1/letter`;
  const body = JSON.stringify(fullLetterRequest("fr"));
  for (let i = 0; i < 5; i++) await postLetter(url, body);
  const single: number[] = [];
  let pdfBytes = 0;
  for (let i = 0; i < input.singleRequests; i++) {
    const { ms, value } = await timed(() => postLetter(url, body));
    single.push(ms);
    pdfBytes = value;
  }
  const singleMedian = median(single);
  const runs: LoadResult[] = [];
  const drains: { ms: number; refused: number }[] = [];
  for (let run = 0; run < input.runs; run++) {
    input.log(`letter API under load: run ${run + 1}/${input.runs}`);
    runs.push(
      await runLoad({
        url,
        method: "POST",
        headers: HEADERS,
        body,
        connections: input.connections,
        durationSeconds: input.durationSeconds,
        distinctClients: true,
      }),
    );
    drains.push(await drain(url, body));
  }
  const p99 = median(runs.map((r) => r.latencyP99));
  const rps = median(runs.map((r) => r.requestsPerSecond));
  const failures = runs.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0);
  const statuses: Record<string, number> = {};
  for (const r of runs)
    for (const [status, count] of Object.entries(r.statuses))
      statuses[status] = (statuses[status] ?? 0) + count;
  const retryAfter = new Set(
    runs.flatMap((r) => Object.values(r.failures).flatMap((f) => Object.keys(f.retryAfter))),
  );
  const statusNote = `statuses ${Object.entries(statuses)
    .map(([status, count]) => `${status}: ${count}`)
    .join(", ")}${retryAfter.size ? ` (Retry-After of the refusals: ${[...retryAfter].join(", ")} s)` : ""}`;
  const load = `${input.connections} connections, ${input.durationSeconds} s`;
  const ratio = p99 / singleMedian;
  return {
    figures: [
      {
        id: "letter-api.single",
        figure: "Letter API, one request alone: median",
        value: singleMedian,
        unit: "ms",
        status: "info",
        note: `${input.singleRequests} sequential requests after 5 warm-up ones; p95 ${percentile(single, 95).toFixed(0)} ms; PDF ${(pdfBytes / 1024).toFixed(0)} KiB, drawn signature`,
      },
      {
        id: "letter-api.rps",
        figure: `Letter API under load (${load}): letters/s`,
        value: rps,
        unit: "letters/s",
        status: "info",
      },
      {
        id: "letter-api.errors",
        figure: `Letter API under load (${load}): errors`,
        value: failures,
        unit: "",
        budget: "0",
        status: failures === 0 ? "pass" : "miss",
        note: `over ${runs.reduce((sum, r) => sum + r.requests, 0)} requests in ${input.runs} runs (errors, timeouts and non-2xx answers); ${statusNote}; each run starts once the previous run's last renders are done (${drains.map((d) => `${(d.ms / 1000).toFixed(1)} s`).join(", ")})`,
      },
      {
        id: "letter-api.p99",
        figure: `Letter API under load (${load}): p99 latency`,
        value: p99,
        unit: "ms",
        baseline: { label: "one request alone, median", value: singleMedian },
        ratio,
        budget: "< 10× one request alone",
        status: ratio < 10 && failures === 0 ? "pass" : "miss",
        note:
          failures > 0
            ? `not comparable: ${failures} answers were not letters (see raw results for the statuses), and refusals are fast`
            : undefined,
      },
    ],
    raw: { single, runs, drains, pdfBytes },
  };
}
