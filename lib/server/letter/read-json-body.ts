import "server-only";

/** Largest letter request body: a drawn signature of 200 KiB in base64 fits with room. */
export const LETTER_BODY_MAX_BYTES = 512 * 1024;

/**
 * Longest time a request body may take to arrive, from the moment the handler starts reading it. A
 * letter request is at most 512 KiB, so 15 seconds allows 35 KB/s for the largest and far less for a
 * usual one; a client trickling bytes (or announcing more than it sends) is cut off here instead of
 * holding the request open. `BODY_TIMEOUT_MS` overrides it (1–120 seconds).
 */
export function bodyTimeoutMs(): number {
  const value = Number(process.env.BODY_TIMEOUT_MS ?? "");
  return Number.isInteger(value) && value >= 1000 && value <= 120_000 ? value : 15_000;
}

export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; problem: "unsupported-media-type" | "too-large" | "invalid-json" | "timeout" };

/** `application/json` or any `application/*+json`, parameters (charset) ignored. */
export function isJsonContentType(header: string | null): boolean {
  const type = header?.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/**
 * Reads a JSON body without trusting Content-Length: the declared length is checked first (cheap
 * refusal), then the bytes actually received are counted and reading stops past the limit.
 * Invalid UTF-8 counts as invalid JSON.
 */
export async function readJsonBody(
  request: Request,
  maxBytes = LETTER_BODY_MAX_BYTES,
  timeoutMs = bodyTimeoutMs(),
): Promise<BodyResult> {
  if (!isJsonContentType(request.headers.get("content-type")))
    return { ok: false, problem: "unsupported-media-type" };
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, problem: "too-large" };

  const bytes = await readLimited(request.body, maxBytes, timeoutMs);
  if (bytes === "too-large") return { ok: false, problem: "too-large" };
  if (bytes === "timeout") return { ok: false, problem: "timeout" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: "invalid-json" };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: "invalid-json" };
  }
}

async function readLimited(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  timeoutMs: number,
): Promise<Uint8Array | "too-large" | "timeout"> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  // One deadline for the whole body (not per chunk: one byte a second would reset a per-chunk timer).
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    for (;;) {
      // The deadline first: when both are ready (bytes queued), the deadline must still win.
      const next = await Promise.race([deadline, reader.read()]);
      if (next === "timeout") {
        // Not awaited: a stalled source must not stall the answer.
        void reader.cancel().catch(() => undefined);
        return "timeout";
      }
      const { done, value } = next;
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return "too-large";
      }
      chunks.push(value);
    }
  } finally {
    clearTimeout(timer);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
