import "server-only";
import { subscribe } from "node:diagnostics_channel";
import type { Server } from "node:http";
import type { Socket } from "node:net";

/**
 * Node's own HTTP timeouts for the server `next start` creates. `next start` only exposes
 * `--keepAliveTimeout`, and the server exists before the app's code runs, so the settings are applied to
 * it when its first connection arrives (Node's `net.server.socket` diagnostics channel names the socket,
 * whose `server` is the HTTP server):
 *
 * - `headersTimeout`: a client has this long to send the request line and headers (slowloris);
 * - `requestTimeout`: … and this long for the whole request, body included (a body at one byte a second,
 *   or a Content-Length larger than what is sent). Node checks both every `connectionsCheckingInterval`
 *   (30 s by default), so a connection is cut between the timeout and the timeout plus that interval;
 *   the letter routes stop reading a body earlier, at BODY_TIMEOUT_MS (lib/server/letter/read-json-body.ts).
 *
 * Environment: `HEADERS_TIMEOUT_MS` (default 20 s) and `REQUEST_TIMEOUT_MS` (default 30 s).
 */

export interface ServerTimeouts {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
}

function envMs(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? "");
  return Number.isInteger(value) && value >= 1000 && value <= 600_000 ? value : fallback;
}

export function serverTimeoutsFromEnv(): ServerTimeouts {
  const requestTimeoutMs = envMs("REQUEST_TIMEOUT_MS", 30_000);
  // Node requires headersTimeout <= requestTimeout.
  const headersTimeoutMs = Math.min(envMs("HEADERS_TIMEOUT_MS", 20_000), requestTimeoutMs);
  return { headersTimeoutMs, requestTimeoutMs };
}

/** Sets the timeouts on an HTTP server (idempotent). */
function applyServerTimeouts(server: Server, timeouts: ServerTimeouts): void {
  server.headersTimeout = timeouts.headersTimeoutMs;
  server.requestTimeout = timeouts.requestTimeoutMs;
}

const configured = new WeakSet<object>();
let installed = false;

/** Applies the timeouts to every HTTP server of this process as soon as it accepts a connection. */
export function installServerTimeouts(timeouts = serverTimeoutsFromEnv()): void {
  if (installed) return;
  installed = true;
  subscribe("net.server.socket", (message) => {
    const socket = (message as { socket?: Socket & { server?: unknown } }).socket;
    const server = socket?.server;
    if (!server || configured.has(server) || !isHttpServer(server)) return;
    configured.add(server);
    applyServerTimeouts(server, timeouts);
  });
}

function isHttpServer(value: unknown): value is Server {
  return (
    typeof value === "object" && value !== null && "requestTimeout" in value && "headersTimeout" in value
  );
}
