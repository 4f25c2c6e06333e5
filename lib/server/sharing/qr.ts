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
