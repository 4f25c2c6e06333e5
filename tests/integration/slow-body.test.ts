import { describe, expect, it } from "vitest";
import { handleLetterRequest } from "@/lib/server/letter/handle-letter-request";
import { readJsonBody } from "@/lib/server/letter/read-json-body";
import { letterBody } from "@/tests/support/letter-fixtures";

// Its own file: the letter route's tests open the embedded database, whose start-up work on this
// thread would delay the timers measured here.
const PDF_URL = "http://localhost/api/v1/letter";

describe("slow request bodies", () => {
  function trickle(bytes: string, everyMs: number, declared?: number): Request {
    const encoder = new TextEncoder();
    let sent = 0;
    let timer: ReturnType<typeof setInterval> | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        timer = setInterval(() => {
          if (sent >= bytes.length) return; // then stall: a Content-Length larger than what is sent
          controller.enqueue(encoder.encode(bytes[sent++]));
        }, everyMs);
      },
      cancel() {
        clearInterval(timer);
      },
    });
    return new Request(`${PDF_URL}?locale=en`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(declared ? { "content-length": String(declared) } : {}),
      },
      body,
      duplex: "half",
    } as RequestInit);
  }

  it.each([
    ["one byte every 50 ms", () => trickle(JSON.stringify(letterBody()), 50)],
    ["fewer bytes than Content-Length", () => trickle("{}", 5, 5000)],
  ])("%s: cut off at the body deadline", async (_name, request) => {
    const started = performance.now();
    const result = await readJsonBody(request(), 512 * 1024, 1000);
    const elapsed = performance.now() - started;
    expect(result).toEqual({ ok: false, problem: "timeout" });
    expect(elapsed).toBeGreaterThanOrEqual(990);
    expect(elapsed).toBeLessThan(1800);
  });

  it("answers 408 with a localized JSON error and closes the connection", async () => {
    process.env.BODY_TIMEOUT_MS = "1000";
    const response = await handleLetterRequest(trickle("{}", 5, 5000), { output: "text" });
    delete process.env.BODY_TIMEOUT_MS;
    expect(response.status).toBe(408);
    expect(response.headers.get("connection")).toBe("close");
    const body = (await response.json()) as { error: string; message: string };
    expect(body.error).toBe("request-timeout");
    expect(body.message).toContain("took too long");
  });
});
