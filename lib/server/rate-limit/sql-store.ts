import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { RateLimitStore } from "./types";

/**
 * Counts hits in the `rate_limit_bucket` table, so every instance behind a load balancer shares the
 * same windows. Rows of ended windows are deleted, at most once per window and bucket per process.
 */
export function sqlStore(db: () => Promise<PrismaClient>): RateLimitStore {
  const lastCleanup = new Map<string, number>();

  return {
    async hit(bucket, hashedKey, windowStart, _windowMs) {
      const prisma = await db();
      const rows = await prisma.$queryRaw<{ hits: number }[]>`
        INSERT INTO "rate_limit_bucket" ("key", "window_start", "hits")
        VALUES (${`${bucket}:${hashedKey}`}, ${new Date(windowStart)}, 1)
        ON CONFLICT ("key", "window_start")
        DO UPDATE SET "hits" = "rate_limit_bucket"."hits" + 1
        RETURNING "hits"`;
      if ((lastCleanup.get(bucket) ?? 0) < windowStart) {
        lastCleanup.set(bucket, windowStart);
        await prisma.$executeRaw`
          DELETE FROM "rate_limit_bucket"
          WHERE "key" LIKE ${`${bucket}:%`} AND "window_start" < ${new Date(windowStart)}`;
      }
      return Number(rows[0]?.hits ?? 1);
    },
  };
}
