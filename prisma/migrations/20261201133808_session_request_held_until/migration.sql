-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "sessionRequestHeldUntil" TIMESTAMPTZ(3);

