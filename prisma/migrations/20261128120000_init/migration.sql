-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "partner" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(64) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "url" VARCHAR(500) NOT NULL,
    "default_locale" VARCHAR(5) NOT NULL,
    "message_fr" VARCHAR(500),
    "message_en" VARCHAR(500),
    "token_hash" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "token_rotated_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "daily_count" (
    "day" DATE NOT NULL,
    "country" VARCHAR(8) NOT NULL,
    "locale" VARCHAR(5) NOT NULL,
    "partner" VARCHAR(64) NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "daily_count_pkey" PRIMARY KEY ("day","country","locale","partner")
);

-- CreateTable
CREATE TABLE "rate_limit_bucket" (
    "key" VARCHAR(128) NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "rate_limit_bucket_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateIndex
CREATE UNIQUE INDEX "partner_slug_key" ON "partner"("slug");

-- CreateIndex
CREATE INDEX "daily_count_partner_day_idx" ON "daily_count"("partner", "day");

-- CreateIndex
CREATE INDEX "rate_limit_bucket_window_start_idx" ON "rate_limit_bucket"("window_start");

