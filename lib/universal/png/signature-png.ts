/**
 * Full decoding of a drawn signature's PNG, then re-encoding to a small canonical PNG, before any PDF
 * renderer sees it. The renderer's own decoder is not trusted with hostile images: it can throw outside
 * any promise (an undecodable IDAT, a row with filter byte 9) or spend seconds and hundreds of megabytes
 * on a decompression bomb. Here, everything is checked first and the work is bounded by the declared size:
 *
 * - chunk structure and every CRC; IHDR first, IDAT chunks consecutive, IEND last with nothing after;
 *   unknown critical chunks refused, ancillary ones dropped;
 * - 8-bit samples only, colour types grey, RGB, palette, grey+alpha and RGBA, no interlacing;
 * - at most SIGNATURE_MAX_WIDTH × SIGNATURE_MAX_HEIGHT pixels, checked before inflating anything;
 * - the image data is inflated with an output bound of exactly the size the header implies (a bomb is
 *   refused after that many bytes, not after gigabytes), and must have exactly that size;
 * - every row's filter byte is 0–4, then rows are unfiltered.
 *
 * The output is an 8-bit grey+alpha PNG (or RGBA when the signature has colour) with one IDAT.
 *
 * Pure code for the server and the browser: inflate and deflate are passed in (Node's zlib with
 * `maxOutputLength` on the server, the Compression Streams API in the browser).
 */

import { SIGNATURE_MAX_HEIGHT, SIGNATURE_MAX_WIDTH } from "./signature-limits";

/**
 * Inflates zlib data; must reject (throw) as soon as the output would exceed `maxOutputLength` bytes,
 * and on any corrupt or truncated stream.
 */
export type Inflate = (data: Uint8Array, maxOutputLength: number) => Promise<Uint8Array>;
/** Deflates to zlib format (RFC 1950). */
export type Deflate = (data: Uint8Array) => Promise<Uint8Array>;

export interface PngCodec {
  inflate: Inflate;
  deflate: Deflate;
}

export type SignaturePngProblem =
  "not-png" | "structure" | "crc" | "unsupported" | "dimensions" | "data" | "filter";

export class SignaturePngError extends Error {
  override name = "SignaturePngError";
  constructor(readonly problem: SignaturePngProblem) {
    super(`Signature PNG refused: ${problem}`);
  }
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const DATA_URL_PREFIX = "data:image/png;base64,";
/** Samples per pixel by colour type (8-bit only). */
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const MAX_CHUNKS = 4096;

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
  for (let i = start; i < end; i++) c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function readUint32(bytes: Uint8Array, offset: number): number {
  return (
    (((bytes[offset] as number) << 24) |
      ((bytes[offset + 1] as number) << 16) |
      ((bytes[offset + 2] as number) << 8) |
      (bytes[offset + 3] as number)) >>>
    0
  );
}

function writeUint32(bytes: Uint8Array, offset: number, value: number): void {
  bytes[offset] = (value >>> 24) & 0xff;
  bytes[offset + 1] = (value >>> 16) & 0xff;
  bytes[offset + 2] = (value >>> 8) & 0xff;
  bytes[offset + 3] = value & 0xff;
}

interface ParsedPng {
  width: number;
  height: number;
  colourType: number;
  /** RGB triples (palette images). */
  palette: Uint8Array | null;
  /** tRNS contents: palette alphas, or the transparent grey/RGB key (16-bit values). */
  transparency: Uint8Array | null;
  /** The concatenated IDAT payloads (zlib data). */
  data: Uint8Array;
}

/** Walks the chunks and checks everything that can be checked without inflating. */
function parsePng(bytes: Uint8Array): ParsedPng {
  if (bytes.length < 8 || PNG_MAGIC.some((b, i) => bytes[i] !== b)) throw new SignaturePngError("not-png");
  let offset = 8;
  let header: Omit<ParsedPng, "palette" | "transparency" | "data"> | null = null;
  let palette: Uint8Array | null = null;
  let transparency: Uint8Array | null = null;
  const data: Uint8Array[] = [];
  let dataDone = false;
  for (let count = 0; count < MAX_CHUNKS; count++) {
    if (offset + 12 > bytes.length) throw new SignaturePngError("structure");
    const length = readUint32(bytes, offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const start = offset + 8;
    const end = start + length;
    if (length > 0x7fffffff || end + 4 > bytes.length) throw new SignaturePngError("structure");
    if (!/^[A-Za-z]{4}$/.test(type)) throw new SignaturePngError("structure");
    if (crc32(bytes, offset + 4, end) !== readUint32(bytes, end)) throw new SignaturePngError("crc");
    const body = bytes.subarray(start, end);
    offset = end + 4;

    if (!header) {
      if (type !== "IHDR" || length !== 13) throw new SignaturePngError("structure");
      const width = readUint32(body, 0);
      const height = readUint32(body, 4);
      const [depth, colourType, compression, filter, interlace] = body.subarray(8, 13);
      if (width < 1 || height < 1) throw new SignaturePngError("structure");
      if (width > SIGNATURE_MAX_WIDTH || height > SIGNATURE_MAX_HEIGHT)
        throw new SignaturePngError("dimensions");
      if (depth !== 8 || colourType === undefined || !(colourType in CHANNELS))
        throw new SignaturePngError("unsupported");
      if (compression !== 0 || filter !== 0 || interlace !== 0) throw new SignaturePngError("unsupported");
      header = { width, height, colourType };
      continue;
    }
    if (type === "IHDR") throw new SignaturePngError("structure");
    if (type === "IEND") {
      if (length !== 0 || offset !== bytes.length || data.length === 0)
        throw new SignaturePngError("structure");
      if (header.colourType === 3 && !palette) throw new SignaturePngError("structure");
      const total = data.reduce((sum, part) => sum + part.length, 0);
      const joined = new Uint8Array(total);
      let at = 0;
      for (const part of data) {
        joined.set(part, at);
        at += part.length;
      }
      return { ...header, palette, transparency, data: joined };
    }
    if (type === "IDAT") {
      if (dataDone) throw new SignaturePngError("structure");
      data.push(body);
      continue;
    }
    if (data.length > 0) dataDone = true;
    if (type === "PLTE") {
      if (palette || data.length > 0 || length === 0 || length % 3 !== 0 || length > 768)
        throw new SignaturePngError("structure");
      palette = body;
    } else if (type === "tRNS") {
      if (transparency || data.length > 0) throw new SignaturePngError("structure");
      const expected = header.colourType === 0 ? 2 : header.colourType === 2 ? 6 : null;
      if (header.colourType === 3 ? length > 256 : expected === null || length !== expected)
        throw new SignaturePngError("structure");
      transparency = body;
    } else if (((type.charCodeAt(0) >> 5) & 1) === 0) {
      // An unknown critical chunk (upper-case first letter): the image cannot be understood without it.
      throw new SignaturePngError("unsupported");
    }
    // Ancillary chunks (text, gamma, physical size…) are dropped.
  }
  throw new SignaturePngError("structure");
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Reverses the row filters into a new buffer; refuses any filter byte other than 0–4. */
function unfilter(raw: Uint8Array, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  if (raw.length !== height * (stride + 1)) throw new SignaturePngError("data");
  const out = new Uint8Array(height * stride);
  // One loop per filter type (hot path: up to 3.6 MB for the largest accepted image).
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const up = row - stride;
    const first = y === 0;
    switch (filter) {
      case 0:
        out.set(raw.subarray(src, src + stride), row);
        break;
      case 1:
        for (let x = 0; x < stride; x++)
          out[row + x] = ((raw[src + x] as number) + (x >= bpp ? (out[row + x - bpp] as number) : 0)) & 0xff;
        break;
      case 2:
        if (first) out.set(raw.subarray(src, src + stride), row);
        else
          for (let x = 0; x < stride; x++)
            out[row + x] = ((raw[src + x] as number) + (out[up + x] as number)) & 0xff;
        break;
      case 3:
        for (let x = 0; x < stride; x++) {
          const a = x >= bpp ? (out[row + x - bpp] as number) : 0;
          const b = first ? 0 : (out[up + x] as number);
          out[row + x] = ((raw[src + x] as number) + ((a + b) >>> 1)) & 0xff;
        }
        break;
      case 4:
        for (let x = 0; x < stride; x++) {
          const left = x >= bpp;
          const a = left ? (out[row + x - bpp] as number) : 0;
          const b = first ? 0 : (out[up + x] as number);
          const c = left && !first ? (out[up + x - bpp] as number) : 0;
          out[row + x] = ((raw[src + x] as number) + paeth(a, b, c)) & 0xff;
        }
        break;
      default:
        throw new SignaturePngError("filter");
    }
  }
  return out;
}

/** Converts unfiltered samples of any accepted colour type to RGBA. */
function toRgba(png: ParsedPng, samples: Uint8Array): Uint8Array {
  if (png.colourType === 6) return samples;
  const pixels = png.width * png.height;
  const rgba = new Uint8Array(pixels * 4);
  const { palette, transparency: trns } = png;
  for (let i = 0; i < pixels; i++) {
    const o = i * 4;
    let r: number, g: number, b: number, a: number;
    switch (png.colourType) {
      case 0: {
        r = g = b = samples[i] as number;
        a = trns && trns[1] === r && trns[0] === 0 ? 0 : 255;
        break;
      }
      case 2: {
        r = samples[i * 3] as number;
        g = samples[i * 3 + 1] as number;
        b = samples[i * 3 + 2] as number;
        a =
          trns && trns[1] === r && trns[3] === g && trns[5] === b && !trns[0] && !trns[2] && !trns[4]
            ? 0
            : 255;
        break;
      }
      case 3: {
        const index = samples[i] as number;
        if (!palette || index * 3 + 2 >= palette.length) throw new SignaturePngError("data");
        r = palette[index * 3] as number;
        g = palette[index * 3 + 1] as number;
        b = palette[index * 3 + 2] as number;
        a = trns && index < trns.length ? (trns[index] as number) : 255;
        break;
      }
      case 4: {
        r = g = b = samples[i * 2] as number;
        a = samples[i * 2 + 1] as number;
        break;
      }
      default: {
        r = samples[i * 4] as number;
        g = samples[i * 4 + 1] as number;
        b = samples[i * 4 + 2] as number;
        a = samples[i * 4 + 3] as number;
      }
    }
    rgba[o] = r;
    rgba[o + 1] = g;
    rgba[o + 2] = b;
    rgba[o + 3] = a;
  }
  return rgba;
}

/** A decoded image: 8-bit RGBA samples, row after row. */
export interface RgbaImage {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** Decodes a PNG fully under the limits above, or throws `SignaturePngError`. */
export async function decodeSignaturePng(bytes: Uint8Array, inflate: Inflate): Promise<RgbaImage> {
  const png = parsePng(bytes);
  const bpp = CHANNELS[png.colourType] as number;
  const expected = png.height * (png.width * bpp + 1);
  let raw: Uint8Array;
  try {
    raw = await inflate(png.data, expected);
  } catch {
    throw new SignaturePngError("data");
  }
  if (raw.length !== expected) throw new SignaturePngError("data");
  return {
    width: png.width,
    height: png.height,
    rgba: toRgba(png, unfilter(raw, png.width, png.height, bpp)),
  };
}

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length + 12);
  writeUint32(out, 0, body.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(body, 8);
  writeUint32(out, 8 + body.length, crc32(out, 4, 8 + body.length));
  return out;
}

/**
 * Encodes an RGBA image as an 8-bit PNG: grey+alpha when every pixel is grey (a pen signature), RGBA
 * otherwise; every row uses the Sub filter; one IDAT.
 */
export async function encodePng(image: RgbaImage, deflate: Deflate): Promise<Uint8Array> {
  const { width, height, rgba } = image;
  let grey = true;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i] !== rgba[i + 1] || rgba[i] !== rgba[i + 2]) {
      grey = false;
      break;
    }
  }
  const bpp = grey ? 2 : 4;
  const stride = width * bpp;
  const raw = new Uint8Array(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const o = y * (stride + 1);
    raw[o] = 1; // Sub: each sample minus the same sample of the pixel to its left
    const p = y * width * 4;
    if (grey) {
      for (let x = 0, prevV = 0, prevA = 0; x < width; x++) {
        const v = rgba[p + x * 4] as number;
        const a = rgba[p + x * 4 + 3] as number;
        raw[o + 1 + x * 2] = (v - prevV) & 0xff;
        raw[o + 2 + x * 2] = (a - prevA) & 0xff;
        prevV = v;
        prevA = a;
      }
    } else {
      for (let x = 0; x < stride; x++)
        raw[o + 1 + x] = ((rgba[p + x] as number) - (x >= 4 ? (rgba[p + x - 4] as number) : 0)) & 0xff;
    }
  }
  const ihdr = new Uint8Array(13);
  writeUint32(ihdr, 0, width);
  writeUint32(ihdr, 4, height);
  ihdr.set([8, grey ? 4 : 6, 0, 0, 0], 8);
  const parts = [
    Uint8Array.from(PNG_MAGIC),
    chunk("IHDR", ihdr),
    chunk("IDAT", await deflate(raw)),
    chunk("IEND", new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Decodes and re-encodes a signature PNG; throws `SignaturePngError` for anything refused. */
export async function canonicalSignaturePng(bytes: Uint8Array, codec: PngCodec): Promise<Uint8Array> {
  return encodePng(await decodeSignaturePng(bytes, codec.inflate), codec.deflate);
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new SignaturePngError("not-png");
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The same, for a `data:image/png;base64,` URL (what the letter request and the letter model carry). */
export async function canonicalSignatureDataUrl(dataUrl: string, codec: PngCodec): Promise<string> {
  if (!dataUrl.startsWith(DATA_URL_PREFIX)) throw new SignaturePngError("not-png");
  const png = await canonicalSignaturePng(fromBase64(dataUrl.slice(DATA_URL_PREFIX.length)), codec);
  return DATA_URL_PREFIX + toBase64(png);
}
