import {
  canonicalSignatureDataUrl,
  type Deflate,
  type Inflate,
  type PngCodec,
} from "@/lib/universal/png/signature-png";
import type { LetterSignature } from "@/lib/universal/letter/model";

/**
 * The browser's side of the signature checks: the same decoder as the server, with the Compression
 * Streams API for zlib. Runs before the browser renders a letter, so a hostile or broken PNG in a draft
 * never reaches the PDF renderer's own decoder.
 */

/** Inflates with the Compression Streams API, refusing output past `maxOutputLength` (browsers, Node 18+). */
const streamInflate: Inflate = async (data, maxOutputLength) => {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate"));
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxOutputLength) {
      await reader.cancel().catch(() => undefined);
      throw new RangeError("The image data inflates past its declared size.");
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** Deflates with the Compression Streams API. */
const streamDeflate: Deflate = async (data) =>
  new Uint8Array(
    await new Response(
      new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream("deflate")),
    ).arrayBuffer(),
  );

export const browserPngCodec: PngCodec = { inflate: streamInflate, deflate: streamDeflate };

/** The model with every drawn signature decoded and re-encoded; throws `SignaturePngError` if one is refused. */
export async function withCanonicalSignatures<M extends { signatures: readonly LetterSignature[] }>(
  model: M,
): Promise<M> {
  const signatures = await Promise.all(
    model.signatures.map(async (signature) =>
      signature.kind === "drawn" && signature.png
        ? { ...signature, png: await canonicalSignatureDataUrl(signature.png, browserPngCodec) }
        : signature,
    ),
  );
  return { ...model, signatures };
}
