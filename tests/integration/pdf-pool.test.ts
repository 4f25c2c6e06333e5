import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { pdfPool, renderPdfOnServer } from "@/components/pdf/server";
import {
  PdfBusyError,
  PdfRenderError,
  PdfTimeoutError,
  PdfWorkerPool,
  poolSettingsFromEnv,
} from "@/lib/server/pdf/worker-pool";
import { buildLetter } from "@/lib/universal/letter/build-letter";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { ZLetterRequest } from "@/lib/universal/schemas/letter-request";
import { letterBody } from "@/tests/support/letter-fixtures";

/**
 * A stand-in worker that speaks the pool's protocol: props `{ ms }` answers after that many
 * milliseconds, `{ crash: true }` throws outside any promise (as png-js did), `{ hog: true }` never
 * answers (an endless render).
 */
const FAKE_WORKER = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", ({ id, props }) => {
  if (props.crash) setTimeout(() => { throw new Error("async decoder failure"); }, 5);
  else if (props.hog) for (;;) {}
  else setTimeout(() => parentPort.postMessage({ id, ok: true, pdf: new Uint8Array([37, 80, 68, 70, props.tag]) }), props.ms ?? 1);
});
`;

const pools: PdfWorkerPool[] = [];
function fakePool(size: number, queueMax: number, timeoutMs = 2000) {
  let created = 0;
  const pool = new PdfWorkerPool({
    createWorker: () => {
      created++;
      return new Worker(FAKE_WORKER, { eval: true });
    },
    size,
    queueMax,
    timeoutMs,
  });
  pools.push(pool);
  return { pool, created: () => created };
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

describe("PDF worker pool", () => {
  it("is sized to the machine: cores minus one, at least one, overridable", () => {
    const settings = poolSettingsFromEnv();
    expect(settings.size).toBeGreaterThanOrEqual(1);
    expect(settings.queueMax).toBeGreaterThan(0);
    process.env.PDF_WORKERS = "999";
    expect(poolSettingsFromEnv().size).toBeLessThanOrEqual(Math.max(1, availableParallelism()));
    delete process.env.PDF_WORKERS;
  });

  it("runs renders in parallel up to its size, queues the next ones, refuses past the queue bound", async () => {
    const { pool } = fakePool(2, 3);
    expect(pool.saturated()).toBeNull();
    const accepted = Array.from({ length: 5 }, (_, tag) => pool.render("fake", { ms: 200, tag }));
    expect(pool.load).toEqual({ running: 2, queued: 3, size: 2 });
    expect(pool.saturated()).toBeGreaterThanOrEqual(1);
    const refused = pool.render("fake", { ms: 1 });
    await expect(refused).rejects.toBeInstanceOf(PdfBusyError);
    await refused.catch((error: PdfBusyError) => expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(1));
    const results = await Promise.all(accepted);
    expect(results.map((pdf) => pdf[4])).toEqual([0, 1, 2, 3, 4]);
    expect(pool.load).toEqual({ running: 0, queued: 0, size: 2 });
  });

  it("times out an endless render, replaces its worker, and goes on with the queue", async () => {
    const { pool, created } = fakePool(1, 5, 500);
    const started = Date.now();
    const hog = pool.render("fake", { hog: true });
    const next = pool.render("fake", { ms: 1, tag: 7 });
    await expect(hog).rejects.toBeInstanceOf(PdfTimeoutError);
    expect(Date.now() - started).toBeLessThan(2000);
    expect((await next)[4]).toBe(7);
    expect(created()).toBe(2);
  });

  it("fails only the crashing render when a worker throws outside a promise, and replaces it", async () => {
    const { pool, created } = fakePool(1, 5);
    const crash = pool.render("fake", { crash: true });
    const next = pool.render("fake", { ms: 1, tag: 3 });
    await expect(crash).rejects.toBeInstanceOf(PdfRenderError);
    expect((await next)[4]).toBe(3);
    expect(created()).toBe(2);
  });

  it("backs off instead of spinning when workers die on start, and refuses renders meanwhile", async () => {
    let created = 0;
    const pool = new PdfWorkerPool({
      createWorker: () => {
        created++;
        return new Worker("throw new Error('missing fonts')", { eval: true });
      },
      size: 1,
      queueMax: 5,
      timeoutMs: 2000,
    });
    pools.push(pool);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Without back-off this would be dozens of workers by now: 1 + 1 at once, then 250 ms, 500 ms…
    expect(created).toBeGreaterThanOrEqual(2);
    expect(created).toBeLessThanOrEqual(5);
    // Refused: busy while no worker is up, or failed if it lands on a worker that is about to die.
    await expect(pool.render("fake", {})).rejects.toThrow();
  });
});

describe("the server's PDF entry point", () => {
  it("renders a letter in a worker thread, off the event loop", async () => {
    const parsed = ZLetterRequest.parse(letterBody({ letterLocale: "en" }));
    const model = buildLetter(parsed, assessEligibility(parsed), {
      today: "2026-11-28",
      reference: "OBJ-2026-TEST",
    });
    const first = await renderPdfOnServer("letter", model);
    // While the worker renders, this thread's event loop is idle: its utilisation (time spent running
    // rather than waiting) stays low, however busy the machine is. Rendered here, it would be near 1.
    const before = performance.eventLoopUtilization();
    const pdf = await renderPdfOnServer("letter", model);
    const utilisation = performance.eventLoopUtilization(before).utilization;
    expect(Buffer.from(first.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(utilisation).toBeLessThan(0.5);
    await expect(pdfPool().render("no-such-kind", {})).rejects.toBeInstanceOf(PdfRenderError);
  });
});
