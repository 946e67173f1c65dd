-- AlterTable
ALTER TABLE "OutboxMessage" ALTER COLUMN "textBody" DROP NOT NULL,
ALTER COLUMN "htmlBody" DROP NOT NULL;

