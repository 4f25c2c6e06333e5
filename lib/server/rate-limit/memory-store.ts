import "server-only";
import type { RateLimitStore } from "./types";

/** Counts hits in this process's memory; expired windows are swept as new ones open. */
export function memoryStore(maxEntries = 100_000): RateLimitStore & { size(): number } {
  const windows = new Map<string, { windowStart: number; windowMs: number; hits: number }>();
  let lastSweep = 0;

  function sweep(now: number) {
    for (const [key, entry] of windows) if (entry.windowStart + entry.windowMs <= now) windows.delete(key);
    lastSweep = now;
  }

  return {
    async hit(bucket, hashedKey, windowStart, windowMs) {
      const now = Date.now();
      if (now - lastSweep > 60_000 || windows.size >= maxEntries) sweep(now);
      const id = `${bucket}:${hashedKey}`;
      const entry = windows.get(id);
      if (entry && entry.windowStart === windowStart) {
        entry.hits += 1;
        return entry.hits;
      }
      // A full map after a sweep means a flood of distinct clients: refuse new ones rather than grow.
      if (windows.size >= maxEntries) return Number.POSITIVE_INFINITY;
      windows.set(id, { windowStart, windowMs, hits: 1 });
      return 1;
    },
    size: () => windows.size,
  };
}
