import { afterEach, describe, expect, it, vi } from "vitest";
import { sendLetterCount } from "./count-beacon";

afterEach(() => vi.unstubAllGlobals());

describe("anonymous letter count", () => {
  it("sends only the country, the letter language and the partner, with keepalive", () => {
    const fetch = vi.fn().mockResolvedValue(new Response(null, { status: 204 }));
    vi.stubGlobal("fetch", fetch);
    sendLetterCount({ country: "FR", locale: "fr", partner: "ligue-demo" });
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe("/api/v1/count");
    expect(init).toMatchObject({ method: "POST", keepalive: true, credentials: "omit" });
    expect(JSON.parse(String(init.body))).toEqual({ country: "FR", locale: "fr", partner: "ligue-demo" });
  });

  it("leaves the partner out when there is none", () => {
    const fetch = vi.fn().mockResolvedValue(new Response(null, { status: 204 }));
    vi.stubGlobal("fetch", fetch);
    sendLetterCount({ country: "GB", locale: "en", partner: null });
    const [, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({ country: "GB", locale: "en" });
  });

  it.each([
    ["a rejected request", () => Promise.reject(new TypeError("offline"))],
    [
      "a synchronous throw",
      () => {
        throw new TypeError("keepalive quota");
      },
    ],
  ])("ignores %s: counting never stands between the person and their letter", async (_label, impl) => {
    vi.stubGlobal("fetch", vi.fn(impl));
    expect(() => sendLetterCount({ country: "FR", locale: "fr", partner: null })).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
