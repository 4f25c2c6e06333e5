// No `server-only`: the bound is unit-tested directly.
import type { RateLimiterMemory } from "rate-limiter-flexible";

/**
 * Clients remembered per bucket in memory. rate-limiter-flexible's memory store keeps one record and
 * one timer per key until its window ends, with no upper bound: 200,000 distinct keys in one bucket
 * took 99 MB of heap (measured with node --expose-gc, rate-limiter-flexible 11.4). 50,000 per bucket
 * keeps a flood near 25 MB per bucket.
 */
export const MEMORY_KEYS_PER_BUCKET = 50_000;

interface StoredRecord {
  timeoutId?: ReturnType<typeof setTimeout>;
}

/**
 * Bounds a RateLimiterMemory to `maxKeys` clients: when a new client arrives at a full table, the
 * tenth of clients whose windows started longest ago is forgotten (timers cleared), so a full table
 * never refuses anyone; at worst a forgotten client starts a fresh window. The library's store is a Map in
 * `_memoryStorage._storage` (not public API: tests/unit/rate-limit.test.ts fails if that changes).
 * A window restarting after expiry moves its key to the newest end, so the order is by window start.
 */
export function boundMemoryLimiter(limiter: RateLimiterMemory, maxKeys: number): RateLimiterMemory {
  const holder = limiter as unknown as { _memoryStorage?: { _storage?: Map<string, StoredRecord> } };
  const storage = holder._memoryStorage;
  if (!storage?._storage) throw new Error("rate-limiter-flexible's memory storage layout changed");
  storage._storage = new BoundedMap(maxKeys);
  return limiter;
}

class BoundedMap extends Map<string, StoredRecord> {
  constructor(private readonly maxKeys: number) {
    super();
  }

  override set(key: string, value: StoredRecord): this {
    if (this.has(key)) super.delete(key);
    else if (this.size >= this.maxKeys) this.evictOldest(Math.max(1, Math.ceil(this.maxKeys / 10)));
    return super.set(key, value);
  }

  /**
   * Forgets the `count` oldest clients in one pass. One at a time would restart the walk from the Map's
   * head, past every slot deleted before (V8 compacts a Map only when it grows or shrinks a lot): a
   * flood of 200,000 clients took 39 s instead of 4 s.
   */
  private evictOldest(count: number) {
    let left = count;
    for (const [oldest, record] of this) {
      if (left-- <= 0) break;
      if (record.timeoutId) clearTimeout(record.timeoutId);
      super.delete(oldest);
    }
  }
}
