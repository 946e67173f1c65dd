-- AlterEnum
ALTER TYPE "OutboxStatus" ADD VALUE 'WITHDRAWN';

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "claimedBy" VARCHAR(100),
ADD COLUMN     "payload" JSONB,
ADD COLUMN     "scheduleKey" VARCHAR(200);

-- CreateTable
CREATE TABLE "BackgroundTask" (
    "name" VARCHAR(60) NOT NULL,
    "nextRunAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseOwner" VARCHAR(100),
    "leaseUntil" TIMESTAMPTZ(3),
    "lastStartedAt" TIMESTAMPTZ(3),
    "lastFinishedAt" TIMESTAMPTZ(3),
    "lastSucceededAt" TIMESTAMPTZ(3),
    "lastDurationMs" INTEGER,
    "lastOutcome" VARCHAR(200),
    "lastError" VARCHAR(2000),
    "lastErrorAt" TIMESTAMPTZ(3),
    "runs" INTEGER NOT NULL DEFAULT 0,
    "failures" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BackgroundTask_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "BackgroundWorker" (
    "id" VARCHAR(100) NOT NULL,
    "role" VARCHAR(20) NOT NULL,
    "host" VARCHAR(255) NOT NULL,
    "pid" INTEGER NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BackgroundWorker_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BackgroundWorker_lastSeenAt_idx" ON "BackgroundWorker"("lastSeenAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_scheduleKey_idx" ON "OutboxMessage"("scheduleKey");


-- Added by hand: at most one waiting message per schedule key, so two changes at once cannot
-- leave two reminders for one session (queueEmail withdraws the waiting one before it inserts).
CREATE UNIQUE INDEX "OutboxMessage_one_waiting_per_scheduleKey" ON "OutboxMessage" ("scheduleKey")
  WHERE "status" = 'PENDING' AND "scheduleKey" IS NOT NULL;
