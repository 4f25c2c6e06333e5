/**
 * Checks a drawn signature before it reaches the PDF renderer: a `data:image/png;base64,` URL whose
 * decoded bytes are at most 200 KiB and form a well-formed, non-interlaced PNG (signature, IHDR first,
 * chunk CRCs, IEND last). Pure code: `atob` exists in browsers and Node 20, no Buffer needed.
 */

export const SIGNATURE_MAX_BYTES = 200 * 1024;
/** Larger than any canvas a signature pad produces; bounds the renderer's memory. */
export const SIGNATURE_MAX_SIDE = 4000;

const PREFIX = "data:image/png;base64,";
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Colour type → bit depths allowed by the PNG specification (section 11.2.2). */
const BIT_DEPTHS: Record<number, readonly number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

export type PngProblem = "format" | "too-large" | "not-png";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function readUint32(bytes: Uint8Array, offset: number): number {
  return (
    (((bytes[offset] ?? 0) << 24) |
      ((bytes[offset + 1] ?? 0) << 16) |
      ((bytes[offset + 2] ?? 0) << 8) |
      (bytes[offset + 3] ?? 0)) >>>
    0
  );
}

function chunkType(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(
    bytes[offset] ?? 0,
    bytes[offset + 1] ?? 0,
    bytes[offset + 2] ?? 0,
    bytes[offset + 3] ?? 0,
  );
}

/** Decodes standard base64 to bytes, or null when it is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return null;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Walks the chunks: true when the bytes are a complete PNG the renderer can decode. */
export function isWellFormedPng(bytes: Uint8Array): boolean {
  if (bytes.length < 8 + 25 + 12 || PNG_MAGIC.some((b, i) => bytes[i] !== b)) return false;
  let offset = 8;
  let first = true;
  let sawData = false;
  while (offset + 12 <= bytes.length) {
    const length = readUint32(bytes, offset);
    const type = chunkType(bytes, offset + 4);
    const end = offset + 8 + length;
    if (end + 4 > bytes.length) return false;
    if (crc32(bytes, offset + 4, end) !== readUint32(bytes, end)) return false;
    if (first) {
      if (type !== "IHDR" || length !== 13) return false;
      const width = readUint32(bytes, offset + 8);
      const height = readUint32(bytes, offset + 12);
      const depth = bytes[offset + 16] ?? 0;
      const colour = bytes[offset + 17] ?? 0;
      const interlace = bytes[offset + 20];
      if (width < 1 || height < 1 || width > SIGNATURE_MAX_SIDE || height > SIGNATURE_MAX_SIDE) return false;
      if (!BIT_DEPTHS[colour]?.includes(depth)) return false;
      // Adam7-interlaced images are refused: canvases never produce them and not every PDF decoder handles them.
      if (interlace !== 0) return false;
      first = false;
    } else if (type === "IDAT") {
      sawData = true;
    } else if (type === "IEND") {
      return sawData && end + 4 === bytes.length;
    }
    offset = end + 4;
  }
  return false;
}

/** Why a drawn-signature data URL is refused, or null when it is acceptable. */
export function pngDataUrlProblem(value: string): PngProblem | null {
  if (!value.startsWith(PREFIX)) return "format";
  const payload = value.slice(PREFIX.length);
  // Four base64 characters carry three bytes: refuse oversized payloads before decoding them.
  if (Math.floor((payload.length * 3) / 4) - 2 > SIGNATURE_MAX_BYTES) return "too-large";
  const bytes = decodeBase64(payload);
  if (!bytes) return "format";
  if (bytes.length > SIGNATURE_MAX_BYTES) return "too-large";
  return isWellFormedPng(bytes) ? null : "not-png";
}
