import type { PdfKind, PdfProps } from "./documents";
import type { PdfWorkerReply, PdfWorkerRequest } from "./pdf.worker";

/**
 * The browser's PDF entry point: a Blob of any registered document kind (./documents.ts), made in a Web
 * Worker so the page never freezes while react-pdf lays it out. The review screen warms the worker when the
 * browser is idle (engine and fonts loaded before the click). Where no worker can start, or it fails, the same
 * renderer (./blob.ts) runs on the main thread, loaded on demand: nothing is added to the first page load.
 * Documents with a drawn signature go through `withCanonicalSignatures` (lib/client/signature-png.ts) first.
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
    worker = new Worker(new URL("./pdf.worker.ts", import.meta.url), {
      type: "module",
      name: "pdf",
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

type Request = { kind: "warm" } | { kind: "render"; document: PdfKind; props: PdfProps[PdfKind] };

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
export function prefetchPdfRenderer(): Promise<void> {
  warmed ??= ask({ kind: "warm" }).then(
    (reply) => {
      if (!reply.ok) throw new Error("warm-up failed");
    },
    () => import("./blob").then(() => undefined),
  );
  warmed = warmed.catch(() => undefined);
  return warmed;
}

/** Renders a document to a PDF, reporting its stage; the worker when it can, the main thread otherwise. */
export async function renderPdfBlob<K extends PdfKind>(
  kind: K,
  props: PdfProps[K],
  onStage: (stage: PdfStage) => void = () => {},
): Promise<Blob> {
  onStage("loading");
  await prefetchPdfRenderer();
  try {
    onStage("rendering");
    const reply = await ask({ kind: "render", document: kind, props });
    if (reply.ok && reply.blob) return reply.blob;
  } catch {
    // Fall back below.
  }
  onStage("loading");
  const { renderBlob } = await import("./blob");
  onStage("rendering");
  return renderBlob(kind, props);
}
