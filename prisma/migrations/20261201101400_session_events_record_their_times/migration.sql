-- AlterTable
ALTER TABLE "LeadEvent" ADD COLUMN     "movedFromEndsAt" TIMESTAMPTZ(3),
ADD COLUMN     "movedFromRoom" VARCHAR(80),
ADD COLUMN     "movedFromStartsAt" TIMESTAMPTZ(3),
ADD COLUMN     "sessionEndsAt" TIMESTAMPTZ(3),
ADD COLUMN     "sessionRoom" VARCHAR(80),
ADD COLUMN     "sessionStartsAt" TIMESTAMPTZ(3);

