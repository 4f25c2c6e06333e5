-- Rate-limit windows shared by several instances, in rate-limiter-flexible's PostgreSQL layout
-- (lib/server/rate-limit): key = bucket + ":" + HMAC of the client address, points used, expiry in ms.
CREATE TABLE "rate_limit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);

-- The hand-written limiter's table: its rows are short-lived windows, nothing to keep.
DROP TABLE "rate_limit_bucket";
