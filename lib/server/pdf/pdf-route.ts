import "server-only";
import { busy, type ApiContext } from "@/lib/server/http/route";
import { overloadRetryAfter } from "./worker-pool";

/** What the routes that make a document (the letter, the follow-ups) pass to their handler. */
export interface DocumentHandlerOptions<Model> {
  output: "pdf" | "text";
  /**
   * Runs first, before the body is read: return a Response to stop (rate limiting answers 429 with
   * Retry-After here), or null to go on.
   */
  guard?: (request: Request) => Response | null | Promise<Response | null>;
  /**
   * Renders the model to PDF bytes (required for `output: "pdf"`): the route passes the worker pool's entry
   * point (components/pdf/server.ts). It may throw `PdfBusyError` or `PdfTimeoutError` (answered 503 `busy`).
   */
  renderPdf?: (model: Model) => Promise<Uint8Array>;
  /**
   * Checked after the guard, before the body is read: `Retry-After` seconds when the renderer could not take
   * another PDF now (answered 503 `busy` at once, without parsing a body for nothing), else null.
   */
  overloaded?: () => number | null;
  /** Clock, for tests. */
  now?: () => Date;
}

/** The guard, then (for a PDF) the pool's saturation: a Response stops the request before its body is read. */
export async function admitDocumentRequest<Model>(
  request: Request,
  context: ApiContext,
  options: DocumentHandlerOptions<Model>,
): Promise<Response | null> {
  const stopped = await options.guard?.(request);
  if (stopped) return stopped;
  const retryAfter = options.output === "pdf" ? (options.overloaded?.() ?? null) : null;
  return retryAfter === null ? null : busy(context, retryAfter);
}

/** The PDF as an attachment, or 503 `busy` when the pool refused or timed out; other errors propagate. */
export async function pdfAttachment<Model>(
  model: Model,
  options: DocumentHandlerOptions<Model>,
  context: ApiContext,
  file: { name: string; headers?: Record<string, string> },
): Promise<Response> {
  if (!options.renderPdf) throw new Error("a PDF route needs renderPdf");
  let pdf: Uint8Array;
  try {
    pdf = await options.renderPdf(model);
  } catch (error) {
    const retryAfter = overloadRetryAfter(error);
    if (retryAfter === null) throw error;
    return busy(context, retryAfter);
  }
  return new Response(pdf as BodyInit, {
    status: 200,
    headers: {
      ...context.headers,
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${file.name}"`,
      "Content-Length": String(pdf.byteLength),
      "Cache-Control": "no-store",
      ...file.headers,
    },
  });
}
