import { SITUATION_TEXT_MAX } from "@/lib/universal/schemas/letter-limits";
import { fullLetterRequest, signaturePngDataUrl } from "../lib/fixtures";
import { nextClientAddress } from "../lib/load";
import { notMeasured, type Figure } from "../lib/report";
import { percentile } from "../lib/stats";

/**
 * Does rendering PDFs slow the pages down? `GET /en` latency (p99 of sequential requests) on an idle
 * server, then while `letters` clients each post maximal letters back to back. PDFs render in worker
 * threads, so the page's event loop should barely notice: the budget is loaded p99 ≤ 3× idle p99.
 * Letters answered `503 busy` (the pool's queue is full) are counted, not failures: that is the
 * designed answer to overload.
 */

export interface RenderIsolationInput {
  origin: string;
  /** Concurrent letter clients. */
  letters: number;
  /** Page requests measured in each phase. */
  pageRequests: number;
  log: (line: string) => void;
}

/** The largest letter the API accepts in practice: every field filled, free text at its limit. */
function maximalLetter(): string {
  const base = fullLetterRequest("fr");
  const sentence = "Je publie des textes et des photographies dont je suis l’auteur. ";
  return JSON.stringify({
    ...base,
    situationText: sentence
      .repeat(Math.ceil(SITUATION_TEXT_MAX / sentence.length))
      .slice(0, SITUATION_TEXT_MAX)
      .trim(),
    postalAddress: {
      lines: ["Appartement 12, escalier B", "12 rue de la République", "Résidence des Lilas", "Bâtiment C"],
      postalCode: "75011",
      city: "Paris",
      country: "FR",
    },
    signature: { type: "drawn", png: signaturePngDataUrl({ width: 1150, height: 380 }) },
  });
}

async function pageLatencies(url: string, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET /en answered ${response.status}`);
    samples.push(performance.now() - started);
  }
  return samples;
}

export async function renderIsolation(
  input: RenderIsolationInput,
): Promise<{ figures: Figure[]; raw: unknown }> {
  const page = `${input.origin}/en`;
  const letterUrl = `${input.origin}/api/v1/letter`;
  const body = maximalLetter();
  try {
    await pageLatencies(page, 20); // warm-up
    const idle = await pageLatencies(page, input.pageRequests);

    const statuses = new Map<number, number>();
    let stop = false;
    const client = async () => {
      while (!stop) {
        const response = await fetch(letterUrl, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": nextClientAddress() },
          body,
        });
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        // A refused client waits a little before trying again, as a well-behaved one would.
        if (response.status === 503) await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };
    const clients = Array.from({ length: input.letters }, client);
    // Let the queue fill before measuring.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const loaded = await pageLatencies(page, input.pageRequests);
    stop = true;
    await Promise.all(clients);

    const unexpected = [...statuses.keys()].filter((status) => status !== 200 && status !== 503);
    if (unexpected.length > 0) throw new Error(`letters answered ${unexpected.join(", ")}`);
    const idleP99 = percentile(idle, 99);
    const loadedP99 = percentile(loaded, 99);
    const ratio = loadedP99 / idleP99;
    input.log(
      `GET /en p99 idle ${idleP99.toFixed(1)} ms, with ${input.letters} letter clients ${loadedP99.toFixed(1)} ms (×${ratio.toFixed(2)})`,
    );
    const letters = Object.fromEntries(statuses);
    return {
      figures: [
        {
          id: "render-isolation.page-p99",
          figure: `GET /en p99 while ${input.letters} clients post maximal letters`,
          value: loadedP99,
          unit: "ms",
          baseline: { label: "idle p99", value: idleP99 },
          ratio,
          budget: "≤ 3× idle p99",
          status: ratio <= 3 ? "pass" : "miss",
          note: `${input.pageRequests} sequential requests per phase; letters: ${Object.entries(letters)
            .map(([status, count]) => `${status}×${count}`)
            .join(", ")}`,
        },
      ],
      raw: { idle, loaded, letters },
    };
  } catch (error) {
    return {
      figures: [
        notMeasured(
          "render-isolation.page-p99",
          `GET /en p99 while ${input.letters} clients post maximal letters`,
          "ms",
          `failed: ${error instanceof Error ? error.message : String(error)}`,
          "≤ 3× idle p99",
        ),
      ],
      raw: null,
    };
  }
}
