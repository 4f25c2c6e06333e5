import "server-only";

/** Largest letter request body: a drawn signature of 200 KiB in base64 fits with room. */
export const LETTER_BODY_MAX_BYTES = 512 * 1024;

export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; problem: "unsupported-media-type" | "too-large" | "invalid-json" };

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
export async function readJsonBody(request: Request, maxBytes = LETTER_BODY_MAX_BYTES): Promise<BodyResult> {
  if (!isJsonContentType(request.headers.get("content-type")))
    return { ok: false, problem: "unsupported-media-type" };
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, problem: "too-large" };

  const bytes = await readLimited(request.body, maxBytes);
  if (bytes === "too-large") return { ok: false, problem: "too-large" };
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
): Promise<Uint8Array | "too-large"> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return "too-large";
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
