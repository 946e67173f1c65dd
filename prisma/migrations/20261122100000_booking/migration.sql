-- CreateEnum
CREATE TYPE "StaffSkill" AS ENUM ('ENGINEER', 'PRODUCER');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('HOLD', 'CONFIRMED', 'CANCELLED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "BookingPricing" AS ENUM ('HOURLY', 'DAY');

-- CreateEnum
CREATE TYPE "ArtistRequestKind" AS ENUM ('CANCEL', 'MOVE');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LeadEventType" ADD VALUE 'SESSION_HELD';
ALTER TYPE "LeadEventType" ADD VALUE 'SESSION_CONFIRMED';
ALTER TYPE "LeadEventType" ADD VALUE 'SESSION_MOVED';
ALTER TYPE "LeadEventType" ADD VALUE 'SESSION_CANCELLED';
ALTER TYPE "LeadEventType" ADD VALUE 'SESSION_EXPIRED';
ALTER TYPE "LeadEventType" ADD VALUE 'ARTIST_ASKED_TO_CANCEL';
ALTER TYPE "LeadEventType" ADD VALUE 'ARTIST_ASKED_TO_MOVE';

-- AlterTable
ALTER TABLE "LeadEvent" ADD COLUMN     "bookingId" UUID;

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "calendarContent" TEXT,
ADD COLUMN     "calendarMethod" VARCHAR(10);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "calendarFeedToken" VARCHAR(64) NOT NULL DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''),
ADD COLUMN     "dayRateCents" INTEGER,
ADD COLUMN     "hourlyRateCents" INTEGER,
ADD COLUMN     "skills" "StaffSkill"[] DEFAULT ARRAY[]::"StaffSkill"[];

-- CreateTable
CREATE TABLE "StudioSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "timeZone" VARCHAR(64) NOT NULL DEFAULT 'Europe/London',
    "holdDays" SMALLINT NOT NULL DEFAULT 7,
    "currency" VARCHAR(3) NOT NULL DEFAULT 'GBP',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StudioSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpeningHours" (
    "weekday" SMALLINT NOT NULL,
    "opensAt" SMALLINT NOT NULL,
    "closesAt" SMALLINT NOT NULL,

    CONSTRAINT "OpeningHours_pkey" PRIMARY KEY ("weekday")
);

-- CreateTable
CREATE TABLE "Closure" (
    "id" UUID NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Closure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Room" (
    "id" UUID NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "description" VARCHAR(1000) NOT NULL DEFAULT '',
    "hourlyRateCents" INTEGER NOT NULL,
    "dayRateCents" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "calendarFeedToken" VARCHAR(64) NOT NULL DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Room_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Booking" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "roomId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "BookingStatus" NOT NULL DEFAULT 'HOLD',
    "pricing" "BookingPricing" NOT NULL DEFAULT 'HOURLY',
    "holdExpiresAt" TIMESTAMPTZ(3),
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "confirmedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "expiredAt" TIMESTAMPTZ(3),
    "outsideHours" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Booking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BookingPerson" (
    "bookingId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "BookingStatus" NOT NULL,
    "role" "StaffSkill" NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "BookingPerson_pkey" PRIMARY KEY ("bookingId","role")
);

-- CreateTable
CREATE TABLE "PreferredSlot" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "roomId" UUID,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PreferredSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArtistRequest" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "bookingId" UUID NOT NULL,
    "kind" "ArtistRequestKind" NOT NULL,
    "message" VARCHAR(2000) NOT NULL DEFAULT '',
    "handledAt" TIMESTAMPTZ(3),
    "handledById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArtistRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Closure_endsOn_startsOn_idx" ON "Closure"("endsOn", "startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "Room_name_key" ON "Room"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Room_calendarFeedToken_key" ON "Room"("calendarFeedToken");

-- CreateIndex
CREATE INDEX "Booking_inquiryId_startsAt_idx" ON "Booking"("inquiryId", "startsAt");

-- CreateIndex
CREATE INDEX "Booking_startsAt_idx" ON "Booking"("startsAt");

-- CreateIndex
CREATE INDEX "Booking_status_holdExpiresAt_idx" ON "Booking"("status", "holdExpiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_id_startsAt_endsAt_status_key" ON "Booking"("id", "startsAt", "endsAt", "status");

-- CreateIndex
CREATE INDEX "BookingPerson_userId_startsAt_idx" ON "BookingPerson"("userId", "startsAt");

-- CreateIndex
CREATE INDEX "PreferredSlot_inquiryId_idx" ON "PreferredSlot"("inquiryId");

-- CreateIndex
CREATE INDEX "ArtistRequest_inquiryId_createdAt_idx" ON "ArtistRequest"("inquiryId", "createdAt");

-- CreateIndex
CREATE INDEX "ArtistRequest_bookingId_idx" ON "ArtistRequest"("bookingId");

-- CreateIndex
CREATE UNIQUE INDEX "User_calendarFeedToken_key" ON "User"("calendarFeedToken");

-- AddForeignKey
ALTER TABLE "LeadEvent" ADD CONSTRAINT "LeadEvent_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingPerson" ADD CONSTRAINT "BookingPerson_bookingId_startsAt_endsAt_status_fkey" FOREIGN KEY ("bookingId", "startsAt", "endsAt", "status") REFERENCES "Booking"("id", "startsAt", "endsAt", "status") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingPerson" ADD CONSTRAINT "BookingPerson_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PreferredSlot" ADD CONSTRAINT "PreferredSlot_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PreferredSlot" ADD CONSTRAINT "PreferredSlot_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArtistRequest" ADD CONSTRAINT "ArtistRequest_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArtistRequest" ADD CONSTRAINT "ArtistRequest_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArtistRequest" ADD CONSTRAINT "ArtistRequest_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Added by hand: what Prisma cannot express.

-- Exclusion constraints over time ranges need GiST operator classes for uuid equality.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- No double booking, guaranteed by the database. tstzrange(start, end) is half-open by default,
-- so a session ending at 14:00 and the next starting at 14:00 do not clash. Only live sessions
-- (HOLD, CONFIRMED) take part: cancelled and expired ones free their slot.
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_room_no_overlap"
  EXCLUDE USING gist ("roomId" WITH =, tstzrange("startsAt", "endsAt") WITH &&)
  WHERE ("status" IN ('HOLD', 'CONFIRMED'));

-- A person is never in two live sessions at once, whatever the role in each. The copies of the
-- times and status on BookingPerson follow the session through the foreign key ON UPDATE CASCADE.
-- Rows of the same session (one person as engineer and producer) do not clash with each other.
ALTER TABLE "BookingPerson" ADD CONSTRAINT "BookingPerson_person_no_overlap"
  EXCLUDE USING gist ("userId" WITH =, tstzrange("startsAt", "endsAt") WITH &&, "bookingId" WITH <>)
  WHERE ("status" IN ('HOLD', 'CONFIRMED'));

ALTER TABLE "Booking"
  ADD CONSTRAINT "Booking_ends_after_start" CHECK ("endsAt" > "startsAt"),
  ADD CONSTRAINT "Booking_hold_has_expiry" CHECK ("status" <> 'HOLD' OR "holdExpiresAt" IS NOT NULL),
  ADD CONSTRAINT "Booking_sequence_not_negative" CHECK ("sequence" >= 0);

ALTER TABLE "StudioSettings"
  ADD CONSTRAINT "StudioSettings_single_row" CHECK ("id" = 1),
  ADD CONSTRAINT "StudioSettings_hold_days" CHECK ("holdDays" BETWEEN 1 AND 90);

ALTER TABLE "OpeningHours"
  ADD CONSTRAINT "OpeningHours_weekday" CHECK ("weekday" BETWEEN 1 AND 7),
  ADD CONSTRAINT "OpeningHours_within_day" CHECK ("opensAt" >= 0 AND "closesAt" <= 1440 AND "opensAt" < "closesAt");

ALTER TABLE "Closure" ADD CONSTRAINT "Closure_ends_on_or_after_start" CHECK ("endsOn" >= "startsOn");

ALTER TABLE "Room" ADD CONSTRAINT "Room_rates_not_negative" CHECK ("hourlyRateCents" >= 0 AND "dayRateCents" >= 0);

ALTER TABLE "User" ADD CONSTRAINT "User_rates_not_negative"
  CHECK (coalesce("hourlyRateCents", 0) >= 0 AND coalesce("dayRateCents", 0) >= 0);

ALTER TABLE "PreferredSlot" ADD CONSTRAINT "PreferredSlot_ends_after_start" CHECK ("endsAt" > "startsAt");

-- The studio starts with its settings row and Monday to Saturday, 10:00 to 22:00.
INSERT INTO "StudioSettings" ("id", "updatedAt") VALUES (1, CURRENT_TIMESTAMP);
INSERT INTO "OpeningHours" ("weekday", "opensAt", "closesAt") VALUES (1, 600, 1320), (2, 600, 1320), (3, 600, 1320), (4, 600, 1320), (5, 600, 1320), (6, 600, 1320);
