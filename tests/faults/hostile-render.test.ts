import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { residentMemoryKiB, startAppServer, type AppServer } from "@/tests/support/app-server";
import { bombPng, dataUrl, hostileSignatures } from "@/tests/support/hostile-png";

/**
 * The renderer under attack, against the production build (`next build` first): hostile signature PNGs
 * are refused quickly with no uncaught exception and no memory growth, the PDF pool answers 503 `busy`
 * when saturated while pages stay fast, and slow bodies and slow headers are cut off.
 */

const LETTER = {
  letterLocale: "en",
  country: "FR",
  age: "18-plus",
  account: "member",
  firstName: "Camille",
  lastName: "Durand",
  email: "camille@example.org",
  signature: { type: "typed" },
};

let server: AppServer;
let clientCounter = 0;
// Distinct client addresses so the per-client letter limit does not interfere (the socket address is
// 127.0.0.1 for every request; TRUST_PROXY=1 makes the app read the one proxy hop these headers play).
const nextClient = () => `198.51.100.${++clientCounter % 250}`;

const postLetter = (body: unknown, path = "/api/v1/letter?locale=en") =>
  fetch(`${server.baseURL}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": nextClient() },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  server = await startAppServer({
    DATABASE_URL: "pglite:memory",
    TRUST_PROXY: "1",
    PDF_WORKERS: "1",
    PDF_QUEUE_MAX: "2",
    BODY_TIMEOUT_MS: "2000",
    HEADERS_TIMEOUT_MS: "2000",
    REQUEST_TIMEOUT_MS: "3000",
  });
  // One letter first, so the worker and the routes are loaded before anything is timed.
  expect((await postLetter(LETTER)).status).toBe(200);
}, 180_000);

afterAll(async () => {
  await server?.stop();
});

describe("hostile signature PNGs against next start", () => {
  it.each(hostileSignatures().map(({ name, png }) => [name, png] as const))(
    "%s: 422 on signature.png within 2 s",
    async (_name, png) => {
      const started = performance.now();
      const response = await postLetter({ ...LETTER, signature: { type: "drawn", png } });
      expect(performance.now() - started).toBeLessThan(2000);
      expect(response.status).toBe(422);
      const body = (await response.json()) as { error: string; issues: { path: string }[] };
      expect(body.error).toBe("invalid-input");
      expect(body.issues.map((issue) => issue.path)).toEqual(["signature.png"]);
    },
  );

  it("refuses 40 bombs (10 at a time) without resident memory growing by 50 MB", async () => {
    const bomb = { ...LETTER, signature: { type: "drawn", png: dataUrl(bombPng()) } };
    const before = (await residentMemoryKiB(server.pid)) ?? 0;
    let peak = before;
    for (let round = 0; round < 4; round++) {
      const statuses = await Promise.all(
        Array.from({ length: 10 }, async () => (await postLetter(bomb)).status),
      );
      expect(statuses.every((status) => status === 422)).toBe(true);
      peak = Math.max(peak, (await residentMemoryKiB(server.pid)) ?? 0);
    }
    expect(before).toBeGreaterThan(0);
    expect(peak - before).toBeLessThan(50 * 1024);
  });

  it("leaves no uncaught exception in the server's log", () => {
    expect(server.output()).not.toMatch(/uncaught|unhandled|ERR_/i);
  });
});

describe("PDF pool saturation against next start", () => {
  it("answers 503 busy with Retry-After past the queue, renders the rest, and pages stay up", async () => {
    const page = fetch(`${server.baseURL}/en`);
    const responses = await Promise.all(Array.from({ length: 8 }, () => postLetter(LETTER)));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(3);
    expect(statuses.filter((status) => status === 503).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
    const busy = responses.find((response) => response.status === 503)!;
    expect(Number(busy.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await busy.json()) as { error: string }).error).toBe("busy");
    expect((await page).status).toBe(200);
  });
});

/** Opens a raw connection, writes `start`, then one byte a second; resolves when the server closes it. */
function slowClient(start: string, trickle: string | null): Promise<{ ms: number; response: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = net.connect(server.port, "127.0.0.1");
    let response = "";
    let timer: NodeJS.Timeout | undefined;
    socket.on("data", (chunk) => (response += chunk.toString("utf8")));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, response });
    });
    socket.on("connect", () => {
      socket.write(start);
      if (trickle !== null) timer = setInterval(() => socket.write(trickle), 1000);
    });
  });
}

describe("slow clients against next start", () => {
  it.each([
    ["a body at one byte a second", " "],
    ["a Content-Length larger than what is sent", null],
  ])("%s: 408 request-timeout at BODY_TIMEOUT_MS, connection closed", async (_name, trickle) => {
    const { ms, response } = await slowClient(
      "POST /api/v1/letter?locale=en HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" +
        "Content-Length: 5000\r\n\r\n{",
      trickle,
    );
    expect(response).toMatch(/^HTTP\/1\.1 408/);
    expect(response).toContain('"error":"request-timeout"');
    expect(ms).toBeGreaterThanOrEqual(1900);
    expect(ms).toBeLessThan(6000);
  });

  it("headers sent one line a second are cut off by Node's headersTimeout", async () => {
    const { ms, response } = await slowClient("GET /en HTTP/1.1\r\nHost: localhost\r\n", "X-Slow: 1\r\n");
    // Node checks its timeouts every 30 s: the cut comes between the timeout and the timeout plus 30 s.
    expect(ms).toBeGreaterThanOrEqual(1900);
    expect(ms).toBeLessThan(40_000);
    expect(response === "" || /^HTTP\/1\.1 408/.test(response)).toBe(true);
  });
});
