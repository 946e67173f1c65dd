-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "dueAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;


-- Added by hand: rows queued before this column were due when they were queued.
UPDATE "OutboxMessage" SET "dueAt" = "createdAt";
