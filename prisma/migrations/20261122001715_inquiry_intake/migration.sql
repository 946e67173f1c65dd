-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "requestFingerprint" VARCHAR(64);

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" VARCHAR(200) NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "AppSecret" (
    "name" VARCHAR(60) NOT NULL,
    "value" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppSecret_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "RateLimitCounter_windowStart_idx" ON "RateLimitCounter"("windowStart");


-- Added by hand: the database refuses what the inquiry schema refuses, as a last line of defence.
ALTER TABLE "Inquiry"
  ADD CONSTRAINT "Inquiry_songCount_range" CHECK ("songCount" BETWEEN 1 AND 100),
  ADD CONSTRAINT "Inquiry_genres_max" CHECK (cardinality("genres") <= 5),
  ADD CONSTRAINT "Inquiry_referenceLinks_max" CHECK (cardinality("referenceLinks") <= 5),
  ADD CONSTRAINT "Inquiry_target_dates_ordered" CHECK ("targetFinishOn" IS NULL OR "targetStartOn" IS NULL OR "targetFinishOn" >= "targetStartOn"),
  ADD CONSTRAINT "Inquiry_message_length" CHECK (char_length("message") BETWEEN 20 AND 5000),
  ADD CONSTRAINT "Inquiry_name_present" CHECK (char_length(btrim("name")) > 0);

ALTER TABLE "OutboxMessage"
  ADD CONSTRAINT "OutboxMessage_attempts_nonnegative" CHECK ("attempts" >= 0);
