import { renderBlob, warmRenderer } from "./blob";
import type { PdfKind, PdfProps } from "./documents";

/** Messages of the PDF worker: load the engine and fonts ahead ("warm"), or render a document. */
export type PdfWorkerRequest =
  { id: number; kind: "warm" } | { id: number; kind: "render"; document: PdfKind; props: PdfProps[PdfKind] };
export type PdfWorkerReply = { id: number; ok: true; blob?: Blob } | { id: number; ok: false };

// A dedicated worker's global scope, typed by hand: the project compiles against the DOM library.
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<PdfWorkerRequest>) => void) | null;
  postMessage(reply: PdfWorkerReply): void;
};

scope.onmessage = ({ data }) => {
  const work =
    data.kind === "warm"
      ? warmRenderer().then(() => undefined)
      : renderBlob(data.document, data.props as PdfProps[typeof data.document]);
  work.then(
    (blob) => scope.postMessage(blob ? { id: data.id, ok: true, blob } : { id: data.id, ok: true }),
    // The page falls back to rendering on the main thread; nothing personal is logged here.
    () => scope.postMessage({ id: data.id, ok: false }),
  );
};
