-- AlterTable
ALTER TABLE "Refund" ALTER COLUMN "creditNoteId" DROP NOT NULL;

