import "server-only";
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";

/**
 * A small pool of `worker_threads` that render PDFs, so the event loop that serves pages never does.
 *
 * - Size: `PDF_WORKERS` if set, else the machine's cores minus one (the event loop keeps one), at least 1.
 * - Queue: at most `PDF_QUEUE_MAX` renders wait for a worker; one more is refused with `PdfBusyError`
 *   (the routes answer 503 `busy` with Retry-After) instead of piling up memory and latency.
 * - Timeout: a render that takes longer than `PDF_RENDER_TIMEOUT_MS` fails with `PdfTimeoutError`; its
 *   worker is terminated and replaced, so a pathological document cannot hold a worker forever.
 * - Crashes: a worker that throws outside the render's promise (an async callback in a decoder) or runs
 *   out of memory fails only its own render and is replaced.
 *
 * The pool knows nothing about documents: it sends `{ kind, props }` to a worker script that owns a
 * registry of document kinds (see components/pdf/documents.ts for how to add one).
 */

/** The pool is saturated (or closed): answer 503 with `Retry-After: retryAfterSeconds`. */
export class PdfBusyError extends Error {
  override name = "PdfBusyError";
  constructor(
    message: string,
    readonly retryAfterSeconds = 5,
  ) {
    super(message);
  }
}
/** A render took longer than the pool's timeout; its worker was replaced. */
export class PdfTimeoutError extends Error {
  override name = "PdfTimeoutError";
  readonly retryAfterSeconds = 10;
}
/**
 * The `Retry-After` seconds when `error` means "overloaded" (busy or timed out), else null. Checked by
 * name, not `instanceof`: the pool is one per process (on globalThis) but Next.js bundles this module
 * separately for instrumentation and for each route, so the classes differ between bundles.
 */
export function overloadRetryAfter(error: unknown): number | null {
  if (!(error instanceof Error) || (error.name !== "PdfBusyError" && error.name !== "PdfTimeoutError"))
    return null;
  const seconds = (error as Partial<PdfBusyError>).retryAfterSeconds;
  return typeof seconds === "number" && seconds > 0 ? seconds : 5;
}

export class PdfRenderError extends Error {
  override name = "PdfRenderError";
}

/** What a worker script receives and answers (components/pdf/render-worker.ts implements it). */
export interface RenderRequestMessage {
  id: number;
  kind: string;
  props: unknown;
}
export type RenderReplyMessage =
  { id: number; ok: true; pdf: Uint8Array } | { id: number; ok: false; reason: "unknown-kind" | "failed" };

export interface PdfPoolOptions {
  /** Creates one worker; called at start-up and whenever a worker is replaced. */
  createWorker: () => Worker;
  size: number;
  queueMax: number;
  timeoutMs: number;
}

interface Job {
  id: number;
  kind: string;
  props: unknown;
  resolve: (pdf: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  spawnedAt: number;
  /** Renders this worker answered (a worker that dies before its first answer may be broken). */
  answered: number;
}

/** A worker that dies this soon after it started, before any answer, counts as failing to start. */
const EARLY_DEATH_MS = 2000;
const MAX_RESPAWN_DELAY_MS = 30_000;

function envInt(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? NaN : Number(raw);
  if (!Number.isInteger(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

/** Pool settings from the environment, clamped to sane bounds. */
export function poolSettingsFromEnv(): Pick<PdfPoolOptions, "size" | "queueMax" | "timeoutMs"> {
  const cores = availableParallelism();
  const auto = Math.max(1, cores - 1);
  return {
    size: envInt("PDF_WORKERS", auto, 1, Math.max(1, cores)),
    queueMax: envInt("PDF_QUEUE_MAX", 16, 0, 1000),
    timeoutMs: envInt("PDF_RENDER_TIMEOUT_MS", 20_000, 1000, 300_000),
  };
}

export class PdfWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** Workers in a row that died before their first answer: respawning backs off while it grows. */
  private earlyDeaths = 0;
  private readonly respawns = new Set<NodeJS.Timeout>();

  constructor(private readonly options: PdfPoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  /** Renders one document of a registered kind to PDF bytes. */
  render(kind: string, props: unknown): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(new PdfBusyError("The PDF pool is closed."));
    if (this.slots.length === 0) return Promise.reject(new PdfBusyError("No PDF worker is running."));
    const idle = this.slots.find((slot) => slot.job === null);
    if (!idle && this.queue.length >= this.options.queueMax) {
      return Promise.reject(
        new PdfBusyError("Every PDF worker is busy and the queue is full.", this.retryAfterSeconds()),
      );
    }
    return new Promise<Uint8Array>((resolve, reject) => {
      const job: Job = { id: this.nextId++, kind, props, resolve, reject };
      if (idle) this.dispatch(idle, job);
      else this.queue.push(job);
    });
  }

  /**
   * `Retry-After` seconds if a render asked now would be refused, else null: lets a route answer 503
   * before it reads and validates a body that could not be rendered anyway.
   */
  saturated(): number | null {
    if (this.closed || this.slots.length === 0) return 5;
    if (this.slots.some((slot) => slot.job === null)) return null;
    return this.queue.length >= this.options.queueMax ? this.retryAfterSeconds() : null;
  }

  /** Renders in progress plus renders waiting, for tests and diagnostics. */
  get load(): { running: number; queued: number; size: number } {
    return {
      running: this.slots.filter((slot) => slot.job !== null).length,
      queued: this.queue.length,
      size: this.slots.length,
    };
  }

  /** Seconds a refused client should wait: roughly the time to drain the queue, at least 1. */
  private retryAfterSeconds(): number {
    const perRender = 1; // about a second for a long letter on a busy core
    return Math.max(1, Math.ceil(((this.queue.length + 1) * perRender) / Math.max(1, this.slots.length)));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.respawns) clearTimeout(timer);
    this.respawns.clear();
    for (const job of this.queue.splice(0)) job.reject(new PdfBusyError("The PDF pool is closed."));
    await Promise.all(
      this.slots.map(async (slot) => {
        this.finish(slot, new PdfBusyError("The PDF pool is closed."));
        await slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = this.options.createWorker();
    // The pool must not keep a process (a test run, a script) alive on its own.
    worker.unref();
    const slot: Slot = { worker, job: null, timer: null, spawnedAt: Date.now(), answered: 0 };
    worker.on("message", (message: RenderReplyMessage) => {
      if (!slot.job || message.id !== slot.job.id) return;
      slot.answered += 1;
      this.earlyDeaths = 0;
      if (message.ok) this.finish(slot, null, message.pdf);
      else this.finish(slot, new PdfRenderError(`render ${message.reason}`));
      this.next(slot);
    });
    // An exception outside the render's promise, or the worker's heap limit: the worker is gone.
    worker.on("error", () => this.replace(slot, new PdfRenderError("The PDF worker failed.")));
    worker.on("exit", () => this.replace(slot, new PdfRenderError("The PDF worker stopped.")));
    return slot;
  }

  private dispatch(slot: Slot, job: Job): void {
    slot.job = job;
    slot.timer = setTimeout(
      () => this.replace(slot, new PdfTimeoutError("The PDF took too long to render.")),
      this.options.timeoutMs,
    );
    slot.timer.unref();
    const message: RenderRequestMessage = { id: job.id, kind: job.kind, props: job.props };
    try {
      slot.worker.postMessage(message);
    } catch {
      // Props that cannot be cloned are the caller's bug, not the worker's: the worker stays.
      this.finish(slot, new PdfRenderError("The document's props cannot be sent to a worker."));
      this.next(slot);
    }
  }

  private finish(slot: Slot, error: Error | null, pdf?: Uint8Array): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.job;
    slot.job = null;
    if (!job) return;
    if (error) job.reject(error);
    else job.resolve(pdf ?? new Uint8Array(0));
  }

  private next(slot: Slot): void {
    const job = this.queue.shift();
    if (job) this.dispatch(slot, job);
  }

  /** Fails the slot's render, terminates its worker and puts a fresh one in its place. */
  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return; // already replaced (error then exit)
    this.finish(slot, error);
    slot.worker.removeAllListeners();
    // Listeners are gone: keep a no-op so a late 'error' from the terminating worker is not uncaught.
    slot.worker.on("error", () => undefined);
    void slot.worker.terminate();
    if (this.closed) {
      this.slots.splice(index, 1);
      return;
    }
    const early = slot.answered === 0 && Date.now() - slot.spawnedAt < EARLY_DEATH_MS;
    this.earlyDeaths = early ? this.earlyDeaths + 1 : 0;
    if (this.earlyDeaths <= 1) {
      const fresh = this.spawn();
      this.slots[index] = fresh;
      this.next(fresh);
      return;
    }
    // Workers keep dying on start (a broken deployment, missing fonts): do not spin. The slot is out
    // of the pool until the delay has passed; with no slot at all, renders are refused as busy.
    this.slots.splice(index, 1);
    const delay = Math.min(MAX_RESPAWN_DELAY_MS, 250 * 2 ** (this.earlyDeaths - 2));
    const timer = setTimeout(() => {
      this.respawns.delete(timer);
      if (this.closed) return;
      const fresh = this.spawn();
      this.slots.push(fresh);
      this.next(fresh);
    }, delay);
    timer.unref();
    this.respawns.add(timer);
    if (this.slots.length === 0) {
      for (const job of this.queue.splice(0))
        job.reject(new PdfBusyError("No PDF worker is running.", Math.ceil(delay / 1000) + 1));
    }
  }
}
