-- AlterEnum
ALTER TYPE "LeadEventType" ADD VALUE 'ARTIST_MOVED_SESSION';

-- AlterTable
ALTER TABLE "StudioSettings" ADD COLUMN     "artistMoveNoticeDays" SMALLINT NOT NULL DEFAULT 7,
ADD COLUMN     "artistMovesAtOnce" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ArtistRequest" ADD COLUMN     "proposedEndsAt" TIMESTAMPTZ(3),
ADD COLUMN     "proposedStartsAt" TIMESTAMPTZ(3);


-- A notice of 0 to 90 days, and a proposed time that is whole (both ends) and runs forwards.
ALTER TABLE "StudioSettings" ADD CONSTRAINT "StudioSettings_artistMoveNoticeDays_check" CHECK ("artistMoveNoticeDays" BETWEEN 0 AND 90);
ALTER TABLE "ArtistRequest" ADD CONSTRAINT "ArtistRequest_proposed_check"
  CHECK (("proposedStartsAt" IS NULL) = ("proposedEndsAt" IS NULL) AND ("proposedStartsAt" IS NULL OR "proposedStartsAt" < "proposedEndsAt"));
