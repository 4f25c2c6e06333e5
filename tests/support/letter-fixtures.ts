import { execFileSync } from "node:child_process";
import { deflateSync } from "node:zlib";

/** A valid body for `POST /api/v1/letter`, to be varied by each test. */
export function letterBody(change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    letterLocale: "fr",
    country: "FR",
    age: "18-plus",
    account: "member",
    school: false,
    firstName: "Zoë",
    lastName: "Łukasiewicz-Ørsted",
    email: "zoe@example.org",
    date: "2026-11-28",
    ...change,
  };
}

export function jsonRequest(url: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

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

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A drawn signature as a signature pad would send it: a transparent RGBA PNG with a dark stroke.
 * `noise` adds random pixels to make a large (but valid) image, for size-limit tests.
 */
export function signaturePngDataUrl({ width = 600, height = 200, noise = false } = {}): string {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 4);
    for (let x = 0; x < width; x++) {
      const curve = height / 2 + Math.sin(x / 40) * (height / 4) * Math.cos(x / 170);
      const ink = Math.abs(y - curve) < 3 || (noise && Math.random() < 0.5);
      if (ink)
        row.set(
          noise ? [Math.random() * 255, Math.random() * 255, Math.random() * 255, 255] : [20, 30, 90, 255],
          1 + x * 4,
        );
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString("base64")}`;
}

/**
 * Runs a poppler tool on PDF bytes given on its standard input (no temporary file). Results are kept per
 * PDF, so tests that read the same letter twice spawn the tool once.
 */
const popplerCache = new WeakMap<Uint8Array, Map<string, string>>();
function poppler(tool: "pdftotext" | "pdfinfo" | "pdffonts", pdf: Uint8Array, args: string[] = []): string {
  const key = [tool, ...args].join(" ");
  const cached = popplerCache.get(pdf)?.get(key);
  if (cached !== undefined) return cached;
  const output = execFileSync(tool, tool === "pdftotext" ? [...args, "-", "-"] : [...args, "-"], {
    input: pdf,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  popplerCache.set(pdf, (popplerCache.get(pdf) ?? new Map<string, string>()).set(key, output));
  return output;
}

/** The PDF's text with all whitespace (line breaks of justified text, non-breaking spaces) collapsed. */
export function pdfText(pdf: Uint8Array): string {
  return poppler("pdftotext", pdf, ["-enc", "UTF-8"]).replace(/\s+/g, " ");
}

/** The text of pages `first`-`last` (all by default) in content order (`pdftotext -raw`), lines kept. */
export function pdfRawText(pdf: Uint8Array, pages?: { first: number; last: number }): string {
  const range = pages ? ["-f", String(pages.first), "-l", String(pages.last)] : [];
  return poppler("pdftotext", pdf, ["-raw", "-enc", "UTF-8", ...range]);
}

export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    poppler("pdfinfo", pdf, ["-enc", "UTF-8"])
      .split("\n")
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] as string, m[2] as string]),
  );
}

/** Font rows of `pdffonts`: [name, embedded?]. */
export function pdfFonts(pdf: Uint8Array): { name: string; embedded: boolean }[] {
  return poppler("pdffonts", pdf)
    .split("\n")
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      return { name: columns[0] as string, embedded: columns.at(-5) === "yes" };
    });
}
