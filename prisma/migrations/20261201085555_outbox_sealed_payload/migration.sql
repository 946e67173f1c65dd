-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "sealedPayload" TEXT;

