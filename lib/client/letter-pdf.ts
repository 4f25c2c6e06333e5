import type { LetterModel } from "@/lib/universal/letter/model";
import type { PdfWorkerReply, PdfWorkerRequest } from "./pdf/letter-pdf.worker";

/**
 * The letter's PDF is made in a Web Worker, so the page never freezes while react-pdf lays it out. The review
 * screen warms the worker when the browser is idle (engine and fonts loaded before the click). Where no worker
 * can start, or it fails, the same renderer runs on the main thread, loaded on demand.
 */

/** What the button says while the letter is made. */
export type PdfStage = "loading" | "rendering";

const WORKER_TIMEOUT_MS = 30_000;
type Pending = { resolve: (reply: PdfWorkerReply) => void; reject: (error: Error) => void };

let worker: Worker | null | undefined;
let warmed: Promise<void> | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(): void {
  for (const { reject } of pending.values()) reject(new Error("PDF worker unavailable"));
  pending.clear();
}

function pdfWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL("./pdf/letter-pdf.worker.ts", import.meta.url), {
      type: "module",
      name: "letter-pdf",
    });
    worker.onmessage = ({ data }: MessageEvent<PdfWorkerReply>) => {
      pending.get(data.id)?.resolve(data);
      pending.delete(data.id);
    };
    worker.onerror = () => {
      // The worker's script did not load or crashed: from now on the main thread renders.
      worker?.terminate();
      worker = null;
      failAll();
    };
  } catch {
    worker = null;
  }
  return worker;
}

type Request = { kind: "warm" } | { kind: "render"; model: LetterModel };

function ask(request: Request): Promise<PdfWorkerReply> {
  const target = pdfWorker();
  if (!target) return Promise.reject(new Error("PDF worker unavailable"));
  const id = nextId++;
  return new Promise<PdfWorkerReply>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error("PDF worker timed out"));
    }, WORKER_TIMEOUT_MS);
    pending.set(id, {
      resolve: (reply) => {
        clearTimeout(timer);
        resolve(reply);
      },
      reject: (error) => {
        clearTimeout(timer);
        reject(error);
      },
    });
    target.postMessage({ ...request, id } as PdfWorkerRequest);
  });
}

/** Loads the PDF engine and fonts ahead of the click (in the worker, or on the main thread without one). */
export function prefetchLetterRenderer(): Promise<void> {
  warmed ??= ask({ kind: "warm" }).then(
    (reply) => {
      if (!reply.ok) throw new Error("warm-up failed");
    },
    () => import("./pdf/render-letter-blob").then(() => undefined),
  );
  warmed = warmed.catch(() => undefined);
  return warmed;
}

/** Renders the letter to a PDF, reporting its stage; the worker when it can, the main thread otherwise. */
export async function renderLetterPdf(
  model: LetterModel,
  onStage: (stage: PdfStage) => void = () => {},
): Promise<Blob> {
  onStage("loading");
  await prefetchLetterRenderer();
  try {
    onStage("rendering");
    const reply = await ask({ kind: "render", model });
    if (reply.ok && reply.blob) return reply.blob;
  } catch {
    // Fall back below.
  }
  onStage("loading");
  const { renderLetterBlob } = await import("./pdf/render-letter-blob");
  onStage("rendering");
  return renderLetterBlob(model);
}
