import { deflateSync, inflateSync } from "node:zlib";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { browserPngCodec } from "@/lib/client/signature-png";
import { nodePngCodec } from "@/lib/server/png/signature";
import {
  SignaturePngError,
  canonicalSignatureDataUrl,
  canonicalSignaturePng,
  decodeSignaturePng,
  type PngCodec,
} from "@/lib/universal/png/signature-png";
import {
  bombPng,
  dataUrl,
  filterNinePng,
  ihdr,
  lyingBombPng,
  NOT_DEFLATE_PNG_URL,
  pngChunk,
  pngOf,
  strokePng,
} from "@/tests/support/hostile-png";

const fromDataUrl = (url: string) => Buffer.from(url.slice("data:image/png;base64,".length), "base64");

async function problem(bytes: Uint8Array, codec: PngCodec): Promise<string> {
  try {
    await canonicalSignaturePng(bytes, codec);
    return "accepted";
  } catch (error) {
    return error instanceof SignaturePngError ? error.problem : `other: ${String(error)}`;
  }
}

describe.each([
  ["server (zlib)", nodePngCodec],
  ["browser (Compression Streams)", browserPngCodec],
])("signature PNG decoding, %s", (_name, codec) => {
  it("refuses the 78-byte PNG whose IDAT does not inflate", async () => {
    const bytes = fromDataUrl(NOT_DEFLATE_PNG_URL);
    expect(bytes.length).toBe(78);
    expect(await problem(bytes, codec)).toBe("data");
  });

  it("refuses a row with filter byte 9", async () => {
    expect(await problem(filterNinePng(), codec)).toBe("filter");
  });

  it("refuses the 4000×4000 16-bit bomb by its header, without inflating it", async () => {
    const bomb = bombPng();
    expect(bomb.length).toBeLessThan(130_000);
    const started = performance.now();
    expect(await problem(bomb, codec)).toBe("dimensions");
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("stops inflating a bomb that lies about its size at the declared size", async () => {
    const before = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    expect(await problem(lyingBombPng(), codec)).toBe("data");
    expect(performance.now() - started).toBeLessThan(2000);
    // 64 MB would have been inflated without the bound; 1500×600 RGBA is 3.6 MB.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
  });

  it("refuses truncated files, wrong CRCs, bad structure and unsupported formats", async () => {
    const valid = strokePng(60, 20);
    const wrongCrc = Buffer.from(valid);
    wrongCrc[wrongCrc.length - 20]! ^= 0xff;
    const rows = (w: number, h: number, bpp: number) => deflateSync(Buffer.alloc(h * (1 + w * bpp)));
    const cases: [string, Uint8Array][] = [
      ["structure", valid.subarray(0, valid.length - 30)],
      ["structure", valid.subarray(0, 40)],
      ["crc", wrongCrc],
      ["not-png", Buffer.from("GIF89a-----------------------------")],
      ["dimensions", pngOf(ihdr(1501, 10), rows(1501, 10, 4))],
      ["dimensions", pngOf(ihdr(10, 601), rows(10, 601, 4))],
      ["structure", pngOf(ihdr(0, 10), rows(1, 10, 4))],
      ["unsupported", pngOf(ihdr(10, 10, 16), rows(10, 10, 8))],
      ["unsupported", pngOf(ihdr(10, 10, 4, 0), rows(10, 10, 1))],
      ["unsupported", pngOf(ihdr(10, 10, 8, 6, 1), rows(10, 10, 4))],
      ["unsupported", pngOf(ihdr(10, 10, 8, 5), rows(10, 10, 4))],
      ["unsupported", pngOf(ihdr(10, 10), rows(10, 10, 4), [pngChunk("ZZZZ", Buffer.alloc(1))])],
      ["structure", pngOf(ihdr(10, 10, 8, 3), rows(10, 10, 1))], // palette image without PLTE
      ["data", pngOf(ihdr(10, 10), rows(10, 9, 4))], // one row short
      ["data", pngOf(ihdr(10, 10), rows(10, 11, 4))], // one row too many
      ["structure", Buffer.concat([valid, Buffer.from([0])])], // bytes after IEND
    ];
    for (const [expected, bytes] of cases) expect(await problem(bytes, codec)).toBe(expected);
  });

  it("re-encodes a drawn signature to a small grey+alpha PNG with the same pixels", async () => {
    const original = strokePng(600, 200, true);
    const canonical = await canonicalSignaturePng(original, codec);
    expect(canonical[25]).toBe(4); // colour type: grey + alpha
    expect(canonical.length).toBeLessThan(original.length * 1.5);
    const a = await decodeSignaturePng(original, codec.inflate);
    const b = await decodeSignaturePng(canonical, codec.inflate);
    expect(Buffer.from(b.rgba).equals(Buffer.from(a.rgba))).toBe(true);
  });

  it("keeps colour, and decodes palette images with transparency", async () => {
    const coloured = await canonicalSignaturePng(strokePng(100, 40), codec);
    expect(coloured[25]).toBe(6); // colour type: RGBA
    const palette = pngChunk("PLTE", Buffer.from([255, 255, 255, 0, 0, 0, 10, 20, 30]));
    const trns = pngChunk("tRNS", Buffer.from([0, 128]));
    // Row 0 unfiltered: indexes 0 1 2 1; row 1 with Sub: 2, 2+255, 1+1, 2+0 → indexes 2 1 2 2.
    const raw = Buffer.from([0, 0, 1, 2, 1, 1, 2, 255, 1, 0]);
    const image = await decodeSignaturePng(
      pngOf(ihdr(4, 2, 8, 3), deflateSync(raw), [palette, trns]),
      codec.inflate,
    );
    const W = [255, 255, 255, 0];
    const K = [0, 0, 0, 128];
    const C = [10, 20, 30, 255];
    expect([...image.rgba]).toEqual([...W, ...K, ...C, ...K, ...C, ...K, ...C, ...C]);
    const outside = Buffer.from([0, 0, 1, 2, 3, 0, 0, 0, 0, 0]); // index 3 is not in the palette
    expect(await problem(pngOf(ihdr(4, 2, 8, 3), deflateSync(outside), [palette]), codec)).toBe("data");
  });

  it("decodes the same pixels as zlib for every filter type", async () => {
    const width = 5;
    const height = 5;
    const pixels = Buffer.from(Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256));
    const stride = width * 4;
    const filtered: number[] = [];
    for (let y = 0; y < height; y++) {
      const filter = y % 5;
      filtered.push(filter);
      for (let x = 0; x < stride; x++) {
        const cur = pixels[y * stride + x]!;
        const a = x >= 4 ? pixels[y * stride + x - 4]! : 0;
        const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
        const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4]! : 0;
        const p = a + b - c;
        const paeth =
          Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
            ? a
            : Math.abs(p - b) <= Math.abs(p - c)
              ? b
              : c;
        const predicted = [0, a, b, (a + b) >> 1, paeth][filter]!;
        filtered.push((cur - predicted) & 0xff);
      }
    }
    const decoded = await decodeSignaturePng(
      pngOf(ihdr(width, height), deflateSync(Buffer.from(filtered))),
      codec.inflate,
    );
    expect(Buffer.from(decoded.rgba).equals(pixels)).toBe(true);
  });

  it("works on data URLs, and the output is accepted again (idempotent)", async () => {
    const once = await canonicalSignatureDataUrl(dataUrl(strokePng(300, 100, true)), codec);
    const twice = await canonicalSignatureDataUrl(once, codec);
    expect(twice).toBe(once);
    expect(inflateSync(fromDataUrl(once).subarray(41, fromDataUrl(once).length - 12)).length).toBe(100 * 601);
  });
});

describe("signature PNG decoding: nothing leaks", () => {
  it("keeps the heap flat over 200 decodes of valid and hostile images", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const inputs = [
      strokePng(1500, 600, true),
      filterNinePng(),
      lyingBombPng(),
      fromDataUrl(NOT_DEFLATE_PNG_URL),
    ];
    const round = async () => {
      for (const bytes of inputs) {
        await problem(bytes, nodePngCodec);
        await problem(bytes, browserPngCodec);
      }
    };
    for (let i = 0; i < 5; i++) await round();
    gc();
    const before = process.memoryUsage();
    for (let i = 0; i < 25; i++) await round();
    gc();
    const after = process.memoryUsage();
    expect(after.heapUsed - before.heapUsed).toBeLessThan(8 * 1024 * 1024);
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(8 * 1024 * 1024);
  });
});
