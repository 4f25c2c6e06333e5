import { deflateSync } from "node:zlib";

/**
 * Signature PNGs that attacked the renderer, built here so that every suite (unit, fault, soak) sends the
 * same bytes. All have valid chunk structure and CRCs unless the name says otherwise.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function ihdr(width: number, height: number, depth = 8, colour = 6, interlace = 0): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([depth, colour, 0, 0, interlace], 8);
  return header;
}

/** A PNG from its header and already-compressed image data (plus chunks before IDAT). */
export function pngOf(header: Buffer, idat: Buffer, extra: Buffer[] = []): Buffer {
  return Buffer.concat([
    MAGIC,
    pngChunk("IHDR", header),
    ...extra,
    pngChunk("IDAT", idat),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

export const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString("base64")}`;

/** The 78-byte PNG of the review: 10×10 RGBA whose IDAT is not zlib data ("incorrect header check"). */
export const NOT_DEFLATE_PNG_URL =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAoAAAAKCAYAAACNMs+9AAAAFUlEQVQAAWdhcmJhZ2Utbm90LWRlZmxhdGViBeLIAAAAAElFTkSuQmCC";

/** 10×10 RGBA, zlib data of the right size, but one row has filter byte 9 (the spec stops at 4). */
export function filterNinePng(): Buffer {
  const rows = Buffer.alloc(10 * (1 + 10 * 4));
  rows[3 * 41] = 9;
  return pngOf(ihdr(10, 10), deflateSync(rows));
}

/**
 * The decompression bomb of the review: 4000×4000 16-bit RGBA of zeros (about 124 KB compressed,
 * 128 MB raw). Built on demand and cached: compressing it takes a moment.
 */
let bomb: Buffer | null = null;
export function bombPng(): Buffer {
  bomb ??= pngOf(ihdr(4000, 4000, 16, 6), deflateSync(Buffer.alloc(4000 * (1 + 4000 * 8)), { level: 9 }));
  return bomb;
}

/** Within the size limits by its header (1500×600 RGBA) but its data inflates to 64 MB. */
let lyingBomb: Buffer | null = null;
export function lyingBombPng(): Buffer {
  lyingBomb ??= pngOf(ihdr(1500, 600), deflateSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 }));
  return lyingBomb;
}

/** A drawn-signature-like image: transparent, with a dark stroke (grey ink when `grey`). */
export function strokePng(width = 600, height = 200, grey = false): Buffer {
  const rows = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const curve = height / 2 + Math.sin(x / 40) * (height / 4);
      if (Math.abs(y - curve) < 3)
        rows.set(grey ? [0, 0, 0, 230] : [20, 30, 90, 255], y * (1 + width * 4) + 1 + x * 4);
    }
  }
  return pngOf(ihdr(width, height), deflateSync(rows));
}

/** Every hostile signature with the name used in test titles and soak reports. */
export function hostileSignatures(): { name: string; png: string }[] {
  const valid = strokePng(60, 20);
  const wrongCrc = Buffer.from(valid);
  wrongCrc[wrongCrc.length - 20]! ^= 0xff; // inside IDAT: its CRC no longer matches
  return [
    { name: "78-byte IDAT that does not inflate", png: NOT_DEFLATE_PNG_URL },
    { name: "row with filter byte 9", png: dataUrl(filterNinePng()) },
    { name: "4000×4000 16-bit bomb", png: dataUrl(bombPng()) },
    { name: "1500×600 header, 64 MB of data", png: dataUrl(lyingBombPng()) },
    { name: "truncated", png: dataUrl(valid.subarray(0, valid.length - 30)) },
    { name: "wrong CRC", png: dataUrl(wrongCrc) },
    { name: "1501×10", png: dataUrl(pngOf(ihdr(1501, 10), deflateSync(Buffer.alloc(10 * (1 + 1501 * 4))))) },
    { name: "16-bit 10×10", png: dataUrl(pngOf(ihdr(10, 10, 16), deflateSync(Buffer.alloc(10 * (1 + 80))))) },
    { name: "interlaced", png: dataUrl(pngOf(ihdr(10, 10, 8, 6, 1), deflateSync(Buffer.alloc(10 * 41)))) },
    { name: "data one row short", png: dataUrl(pngOf(ihdr(10, 10), deflateSync(Buffer.alloc(9 * 41)))) },
  ];
}
