// Loaded by instrumentation.ts (Node.js runtime) before the server handles requests; no `server-only`
// so the hook can be tested on a plain node:http server.
import { randomBytes } from "node:crypto";
import http, { type IncomingMessage } from "node:http";

/** Where the per-process header name is kept (globalThis: route bundles and instrumentation share it). */
export const PEER_HEADER_GLOBAL = "__objectionPeerHeader";
const FORWARDING_HEADERS = ["x-forwarded-for", "x-real-ip", "forwarded", "x-forwarded-host"] as const;

const INSTALLED = "__objectionPeerHeaderInstalled";

/** This process's peer header name, made on first use (in-process tests set it to simulate a socket). */
export function peerHeaderName(): string {
  const store = globalThis as Record<string, unknown>;
  const existing = store[PEER_HEADER_GLOBAL];
  if (typeof existing === "string") return existing;
  const name = `x-peer-${randomBytes(12).toString("hex")}`;
  store[PEER_HEADER_GLOBAL] = name;
  return name;
}

type Warn = (event: string, fields: Record<string, string>) => void;

/**
 * Copies each request's socket address into a header named `x-peer-<random>` before Next.js handles
 * it. Route handlers do not see the socket in Next.js 16, and the headers Next.js adds
 * (`X-Forwarded-For` from the socket) keep whatever the client sent; a name no client can know, set
 * on every request, is a channel clients cannot forge. Patches `http.Server.prototype.emit` once per
 * process (only the "request" event is touched).
 *
 * `warnForwarded` (production without TRUST_PROXY) is called once, the first time a request carries
 * forwarding headers: a proxy is probably in front and every client shares its address.
 */
export function installPeerHeader(warnForwarded?: Warn): string {
  const name = peerHeaderName();
  const store = globalThis as Record<string, unknown>;
  if (store[INSTALLED]) return name;
  store[INSTALLED] = true;
  let warned = !warnForwarded;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      request.headers[name] = request.socket?.remoteAddress ?? "";
      if (!warned && FORWARDING_HEADERS.some((header) => header in request.headers)) {
        warned = true;
        warnForwarded?.("trust-proxy.forwarded-headers-ignored", {
          message:
            "Requests carry X-Forwarded-For/Forwarded headers but TRUST_PROXY is not set: they are ignored and every client behind the proxy shares one rate-limit budget. Set TRUST_PROXY (README, Security).",
        });
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
  return name;
}
