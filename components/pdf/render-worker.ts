/**
 * The worker script of the server's PDF pool (lib/server/pdf/worker-pool.ts). It runs in a
 * `worker_threads` worker: renders one document at a time and answers with the PDF bytes (transferred,
 * not copied). Anything that goes wrong outside the render's promise (an async decoder callback) kills
 * this worker only; the pool replaces it. No personal data is ever logged here.
 */
import { setPriority } from "node:os";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { renderToBuffer } from "@react-pdf/renderer";
import type { RenderReplyMessage, RenderRequestMessage } from "@/lib/server/pdf/worker-pool";
import { PDF_DOCUMENTS, isPdfKind } from "./documents";

/** Fonts are read from public/fonts (the same files the browser fetches), by absolute path. */
const FONT_DIR = path.join(process.cwd(), "public", "fonts");
const locate = (file: string) => path.join(FONT_DIR, file);

async function render({ kind, props }: RenderRequestMessage): Promise<Uint8Array | "unknown-kind"> {
  if (!isPdfKind(kind)) return "unknown-kind";
  const entry = PDF_DOCUMENTS[kind];
  entry.registerFonts(locate);
  await entry.primeFonts();
  // The kind was checked above; props were built by the server for that kind.
  const buffer = await renderToBuffer(entry.create(props as never));
  // Transfer needs a buffer of its own (small Buffers share Node's pool): copy when it is not.
  const own = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
  return own ? new Uint8Array(buffer.buffer, 0, buffer.byteLength) : Uint8Array.from(buffer);
}

/**
 * Rendering yields the CPU to the pages: on Linux, a thread's nice value is its own, so this lowers the
 * priority of this worker thread only, not of the event loop that serves pages. Elsewhere it may apply to
 * the process or fail; either is harmless.
 */
const RENDER_NICENESS = 10;
if (process.platform === "linux") {
  try {
    setPriority(RENDER_NICENESS);
  } catch {
    // Not allowed here (a container without CAP_SYS_NICE never refuses lowering, but be safe).
  }
}

const port = parentPort;
if (port) {
  port.on("message", (message: RenderRequestMessage) => {
    render(message).then(
      (result) => {
        const reply: RenderReplyMessage =
          result === "unknown-kind"
            ? { id: message.id, ok: false, reason: "unknown-kind" }
            : { id: message.id, ok: true, pdf: result };
        port.postMessage(reply, reply.ok ? [reply.pdf.buffer as ArrayBuffer] : []);
      },
      () => {
        const reply: RenderReplyMessage = { id: message.id, ok: false, reason: "failed" };
        port.postMessage(reply);
      },
    );
  });
}
