-- AlterTable
ALTER TABLE "StudioSettings" ADD COLUMN     "holdReminderNote" VARCHAR(1000) NOT NULL DEFAULT '',
ADD COLUMN     "holdReminderOn" BOOLEAN NOT NULL DEFAULT true;

