import "server-only";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";
import { PdfWorkerPool, poolSettingsFromEnv } from "@/lib/server/pdf/worker-pool";
import type { PdfKind, PdfProps } from "./documents";

/**
 * The server's PDF entry point: PDF bytes of any registered document kind, rendered in the worker pool
 * (never on the event loop that serves pages). Throws `PdfBusyError` when the pool is saturated,
 * `PdfTimeoutError` when a render took too long and `PdfRenderError` when it failed.
 */

const WORKER_OPTIONS: WorkerOptions = {
  // A hostile document that still gets through cannot take the whole process's memory with it.
  resourceLimits: { maxOldGenerationSizeMb: 512 },
};

function createWorker(): Worker {
  // When the sources run directly (vitest, tsx scripts), this module is a .ts file: see sourceWorker.
  if (import.meta.url.endsWith(".ts")) return sourceWorker();
  // In `next build` output, the bundler turns this into the worker bundle it made from render-worker.ts
  // (the `new Worker(new URL(...))` form must stay literal: it is what the bundler recognises).
  return new Worker(new URL("./render-worker.ts", import.meta.url), WORKER_OPTIONS);
}

/** Loads render-worker.ts through tsx's loader, registered inside the worker (Node 20 does not inherit it). */
function sourceWorker(): Worker {
  const entry = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), "render-worker.ts"));
  const code = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  // Reflect.construct keeps this call out of the bundler's worker detection (it is not a bundled entry).
  return Reflect.construct(Worker, [code, { ...WORKER_OPTIONS, eval: true }]) as Worker;
}

const POOL = Symbol.for("objection.pdf-pool");
type WithPool = typeof globalThis & { [POOL]?: PdfWorkerPool };

/** One pool per process (kept on globalThis so development reloads do not start another). */
export function pdfPool(): PdfWorkerPool {
  const store = globalThis as WithPool;
  store[POOL] ??= new PdfWorkerPool({ createWorker, ...poolSettingsFromEnv() });
  return store[POOL];
}

export function renderPdfOnServer<K extends PdfKind>(kind: K, props: PdfProps[K]): Promise<Uint8Array> {
  return pdfPool().render(kind, props);
}
