import "server-only";
import QRCode from "qrcode";

export type QrFormat = "svg" | "png";

const OPTIONS = {
  errorCorrectionLevel: "M",
  margin: 2,
  color: { dark: "#000000", light: "#ffffff" },
} as const;

/** A QR code for `url`, drawn by the app itself (no third-party service sees who prints what). */
export async function renderQr(
  url: string,
  format: QrFormat,
): Promise<{ body: string | Uint8Array; type: string }> {
  if (format === "svg") {
    return { body: await QRCode.toString(url, { ...OPTIONS, type: "svg" }), type: "image/svg+xml" };
  }
  const png = await QRCode.toBuffer(url, { ...OPTIONS, type: "png", width: 1024 });
  return { body: new Uint8Array(png), type: "image/png" };
}

const CACHE_MAX = 500;
const cache = new Map<string, Promise<{ body: string | Uint8Array; type: string }>>();

/**
 * `renderQr`, kept per URL and format (at most CACHE_MAX, oldest dropped first): the same QR code is
 * drawn once, however many query variants ask for it.
 */
export function cachedQr(
  url: string,
  format: QrFormat,
): Promise<{ body: string | Uint8Array; type: string }> {
  const key = `${format} ${url}`;
  let qr = cache.get(key);
  if (!qr) {
    qr = renderQr(url, format);
    qr.catch(() => cache.delete(key));
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(key, qr);
  }
  return qr;
}
