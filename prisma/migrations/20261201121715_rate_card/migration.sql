-- CreateEnum
CREATE TYPE "SessionRequestStatus" AS ENUM ('HELD', 'REQUESTED', 'UNAVAILABLE');

-- CreateEnum
CREATE TYPE "OfferKind" AS ENUM ('HOURLY', 'HALF_DAY', 'FULL_DAY', 'LOCKOUT');

-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "sessionRequestStatus" "SessionRequestStatus";

-- AlterTable
ALTER TABLE "StudioSettings" ADD COLUMN     "holdRequestedTime" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "requestHoldHours" SMALLINT NOT NULL DEFAULT 48;

-- CreateTable
CREATE TABLE "RoomOffer" (
    "id" UUID NOT NULL,
    "roomId" UUID NOT NULL,
    "kind" "OfferKind" NOT NULL,
    "label" VARCHAR(60) NOT NULL,
    "priceMinor" INTEGER NOT NULL,
    "minHours" SMALLINT,
    "blockMinutes" SMALLINT,
    "startTimes" SMALLINT[] DEFAULT ARRAY[]::SMALLINT[],
    "minDays" SMALLINT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RoomOffer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RoomOffer_roomId_kind_key" ON "RoomOffer"("roomId", "kind");

-- AddForeignKey
ALTER TABLE "RoomOffer" ADD CONSTRAINT "RoomOffer_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- What each kind of offer needs (lib/rate-card/offer-blocks.ts reads them).
ALTER TABLE "RoomOffer" ADD CONSTRAINT "RoomOffer_price_not_negative" CHECK ("priceMinor" >= 0);
ALTER TABLE "RoomOffer" ADD CONSTRAINT "RoomOffer_hourly_minimum" CHECK ("kind" <> 'HOURLY' OR "minHours" BETWEEN 1 AND 24);
ALTER TABLE "RoomOffer" ADD CONSTRAINT "RoomOffer_half_day_blocks" CHECK (
  "kind" <> 'HALF_DAY' OR (
    "blockMinutes" BETWEEN 60 AND 1440
    AND cardinality("startTimes") BETWEEN 1 AND 12
    AND 0 <= ALL ("startTimes") AND 1440 > ALL ("startTimes")
  )
);
ALTER TABLE "RoomOffer" ADD CONSTRAINT "RoomOffer_lockout_days" CHECK ("kind" <> 'LOCKOUT' OR "minDays" BETWEEN 2 AND 31);
ALTER TABLE "StudioSettings" ADD CONSTRAINT "StudioSettings_request_hold_hours" CHECK ("requestHoldHours" BETWEEN 1 AND 720);

-- Every room already set up sells its time the usual four ways, priced from its rates
-- (lib/rate-card/default-room-offers.ts does the same for rooms created from now on).
INSERT INTO "RoomOffer" ("id", "roomId", "kind", "label", "priceMinor", "minHours", "blockMinutes", "startTimes", "minDays", "updatedAt")
SELECT gen_random_uuid(), r."id", o."kind"::"OfferKind", o."label", o."price", o."minHours", o."blockMinutes", o."startTimes"::smallint[], o."minDays", now()
FROM "Room" r
CROSS JOIN LATERAL (VALUES
  ('HOURLY', 'By the hour (2 hours or more)', r."hourlyRateCents", 2, NULL::int, '{}', NULL::int),
  ('HALF_DAY', 'Half day (6 hours)', (round(r."dayRateCents" * 0.6 / 100) * 100)::int, NULL, 360, '{600,960}', NULL),
  ('FULL_DAY', 'Full day', r."dayRateCents", NULL, NULL, '{}', NULL),
  ('LOCKOUT', 'Lockout (3 days or more)', (round(r."dayRateCents" * 0.9 / 100) * 100)::int, NULL, NULL, '{}', 3)
) AS o("kind", "label", "price", "minHours", "blockMinutes", "startTimes", "minDays");
