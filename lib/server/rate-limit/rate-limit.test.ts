import { RateLimiterMemory } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { boundMemoryLimiter, MEMORY_KEYS_PER_BUCKET } from "./bounded-memory";
import { rateLimit } from "./index";

describe("in-memory rate limiting", () => {
  it("200,000 distinct clients never lock out a new one, and memory stays bounded per bucket", async () => {
    const rule = { bucket: "flood-test", limit: 60, windowMs: 600_000 };
    for (let i = 0; i < 200_000; i++) {
      const result = await rateLimit({ ...rule, key: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` });
      if (!result.ok) throw new Error(`client ${i} refused`);
    }
    const fresh = await rateLimit({ ...rule, key: "198.51.100.1" });
    expect(fresh).toMatchObject({ ok: true, limit: 60, remaining: 59 });
    // Another bucket is not affected by the flood.
    expect((await rateLimit({ ...rule, bucket: "other", key: "198.51.100.1" })).remaining).toBe(59);
  }, 120_000);

  it("refuses past the limit with the seconds left in the window", async () => {
    const rule = { bucket: "limit-test", key: "203.0.113.5", limit: 3, windowMs: 60_000 };
    for (let i = 0; i < 3; i++) expect((await rateLimit(rule)).ok).toBe(true);
    const refused = await rateLimit(rule);
    expect(refused).toMatchObject({ ok: false, limit: 3, remaining: 0 });
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await rateLimit({ ...rule, key: "203.0.113.6" })).ok).toBe(true);
  });

  it("the bound forgets the oldest window first (and relies on the library's storage layout)", async () => {
    const limiter = boundMemoryLimiter(new RateLimiterMemory({ points: 2, duration: 60 }), 20);
    const storage = (limiter as unknown as { _memoryStorage: { _storage: Map<string, unknown> } })
      ._memoryStorage._storage;
    const keys = Array.from({ length: 25 }, (_, i) => `k${String(i).padStart(2, "0")}`);
    for (const key of keys) await limiter.consume(key);
    expect(storage.size).toBeLessThanOrEqual(20);
    // Full at k20: the two oldest (a tenth) went; full again at k22 and k24.
    expect([...storage.keys()].map((key) => key.split(":").at(-1))).toEqual(keys.slice(6));
    // A forgotten client starts a fresh window; a remembered one keeps its count.
    expect((await limiter.consume("k00")).remainingPoints).toBe(1);
    expect((await limiter.consume("k24")).remainingPoints).toBe(0);
    expect(MEMORY_KEYS_PER_BUCKET).toBeGreaterThanOrEqual(10_000);
  });
});
