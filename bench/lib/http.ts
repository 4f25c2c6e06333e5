import http from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Bytes as sent on the wire (compressed when the server compressed them). */
  wireBytes: number;
  encoding: string;
  /** The body after decoding. */
  body: Buffer;
}

/**
 * A GET that keeps the body as the server sent it (Node's fetch would decompress it silently), so
 * transfer sizes are the ones a browser receives.
 */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { "accept-encoding": "br, gzip", ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const wire = Buffer.concat(chunks);
        const encoding = String(response.headers["content-encoding"] ?? "identity");
        const body =
          encoding === "gzip" ? gunzipSync(wire) : encoding === "br" ? brotliDecompressSync(wire) : wire;
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          wireBytes: wire.length,
          encoding,
          body,
        });
      });
    });
    request.on("error", reject);
    request.setTimeout(30_000, () => request.destroy(new Error(`timeout: ${url}`)));
  });
}
