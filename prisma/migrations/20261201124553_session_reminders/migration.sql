-- AlterTable
ALTER TABLE "StudioSettings" ADD COLUMN     "followUpNote" VARCHAR(1000) NOT NULL DEFAULT '',
ADD COLUMN     "followUpReminderOn" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "logisticsNote" VARCHAR(1000) NOT NULL DEFAULT '',
ADD COLUMN     "logisticsReminderOn" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "prepReminderDays" SMALLINT NOT NULL DEFAULT 3,
ADD COLUMN     "prepReminderNote" VARCHAR(1000) NOT NULL DEFAULT '',
ADD COLUMN     "prepReminderOn" BOOLEAN NOT NULL DEFAULT true;


ALTER TABLE "StudioSettings" ADD CONSTRAINT "StudioSettings_prep_reminder_days" CHECK ("prepReminderDays" BETWEEN 1 AND 14);
