-- Bookings: a booking groups the sessions (days) sold together. Every existing session becomes a
-- booking of its own (the group takes the session's id), and an artist's request names the
-- booking of its session.
CREATE TABLE "BookingGroup" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BookingGroup_pkey" PRIMARY KEY ("id")
);

INSERT INTO "BookingGroup" ("id", "inquiryId", "createdAt") SELECT "id", "inquiryId", "createdAt" FROM "Booking";

ALTER TABLE "Booking" ADD COLUMN "groupId" UUID;
UPDATE "Booking" SET "groupId" = "id";
ALTER TABLE "Booking" ALTER COLUMN "groupId" SET NOT NULL;

ALTER TABLE "ArtistRequest" ADD COLUMN "groupId" UUID,
ALTER COLUMN "bookingId" DROP NOT NULL;
UPDATE "ArtistRequest" SET "groupId" = "bookingId";
ALTER TABLE "ArtistRequest" ALTER COLUMN "groupId" SET NOT NULL;

CREATE INDEX "BookingGroup_inquiryId_idx" ON "BookingGroup"("inquiryId");
CREATE UNIQUE INDEX "BookingGroup_id_inquiryId_key" ON "BookingGroup"("id", "inquiryId");
CREATE INDEX "Booking_groupId_idx" ON "Booking"("groupId");
CREATE INDEX "ArtistRequest_groupId_idx" ON "ArtistRequest"("groupId");

ALTER TABLE "BookingGroup" ADD CONSTRAINT "BookingGroup_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- With the lead's id: a session, or an artist's request, cannot name another lead's booking.
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_groupId_inquiryId_fkey" FOREIGN KEY ("groupId", "inquiryId") REFERENCES "BookingGroup"("id", "inquiryId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ArtistRequest" ADD CONSTRAINT "ArtistRequest_groupId_inquiryId_fkey" FOREIGN KEY ("groupId", "inquiryId") REFERENCES "BookingGroup"("id", "inquiryId") ON DELETE CASCADE ON UPDATE CASCADE;
