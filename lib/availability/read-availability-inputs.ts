// Everything /book needs from the database, in one statement: the studio's zone and opening
// hours, the active rooms, the closures and the live bookings around the window. One round trip
// and no ORM query planning per request (the page's budget is tight); the settings and closures
// are read the way loadStudioSettings and listClosures read them.
import type { Database } from "../database/create-prisma-client";
import type { OpeningHoursRow } from "../studio/load-studio-settings";
import type { Offer } from "../rate-card/offer-blocks";
import type { LocalDate } from "../time/zoned-time";
import type { BusyInterval } from "./mark-busy";

export type AvailabilityInputs = {
  timeZone: string;
  currency: string;
  /** Whether time asked for with an inquiry is held at once, and for how many hours. */
  holdRequestedTime: boolean;
  requestHoldHours: number;
  openingHours: OpeningHoursRow[];
  /** Active rooms, with their rate cards (active offers, in the order HOURLY, HALF_DAY, FULL_DAY, LOCKOUT). */
  rooms: { id: string; name: string; description: string; offers: Offer[] }[];
  closures: { startsOn: LocalDate; endsOn: LocalDate }[];
  /** Per room id, its live bookings as [start, end) in epoch milliseconds. */
  busy: Record<string, BusyInterval[]>;
};

type Window = { from: LocalDate; to: LocalDate; startsAt: Date; endsAt: Date; now: Date };

/**
 * Live bookings are HOLD or CONFIRMED, a hold only until its expiry (an overdue hold no longer
 * blocks, even before the sweep marks it), and only their room and times are read, never whose
 * they are. The status filter matches the partial GiST index of the no-overlap constraint, which
 * serves the range test.
 */
export async function readAvailabilityInputs(db: Database, window: Window): Promise<AvailabilityInputs> {
  const [row] = await db.$queryRaw<{ inputs: string }[]>`
    SELECT json_build_object(
      'timeZone', s."timeZone",
      'currency', s."currency",
      'holdRequestedTime', s."holdRequestedTime",
      'requestHoldHours', s."requestHoldHours",
      'openingHours', (SELECT coalesce(json_agg(json_build_object('weekday', h."weekday", 'opensAt', h."opensAt", 'closesAt', h."closesAt") ORDER BY h."weekday"), '[]')
        FROM "OpeningHours" h),
      'rooms', (SELECT coalesce(json_agg(json_build_object('id', r."id", 'name', r."name", 'description', r."description",
          'offers', (SELECT coalesce(json_agg(json_build_object('id', o."id", 'kind', o."kind", 'label', o."label", 'priceMinor', o."priceMinor",
              'minHours', o."minHours", 'blockMinutes', o."blockMinutes", 'startTimes', o."startTimes", 'minDays', o."minDays", 'active', o."active") ORDER BY o."kind"), '[]')
            FROM "RoomOffer" o WHERE o."roomId" = r."id" AND o."active")) ORDER BY r."name", r."id"), '[]')
        FROM "Room" r WHERE r."active"),
      'closures', (SELECT coalesce(json_agg(json_build_object('startsOn', c."startsOn", 'endsOn', c."endsOn")), '[]')
        FROM "Closure" c WHERE c."endsOn" >= ${window.from}::date AND c."startsOn" <= ${window.to}::date),
      'busy', (SELECT coalesce(json_object_agg(t."roomId", t."times"), '{}') FROM (
        SELECT b."roomId", json_agg(json_build_array(
          (extract(epoch FROM b."startsAt") * 1000)::bigint, (extract(epoch FROM b."endsAt") * 1000)::bigint)) AS "times"
        FROM "Booking" b
        WHERE b."status" IN ('HOLD', 'CONFIRMED')
          AND tstzrange(b."startsAt", b."endsAt") && tstzrange(${window.startsAt}::timestamptz, ${window.endsAt}::timestamptz)
          AND (b."status" = 'CONFIRMED' OR b."holdExpiresAt" > ${window.now}::timestamptz)
        GROUP BY b."roomId") t)
    )::text AS "inputs"
    FROM "StudioSettings" s WHERE s."id" = 1`;
  if (!row) throw new Error("The studio's settings row is missing (the booking migration creates it)");
  return JSON.parse(row.inputs) as AvailabilityInputs;
}
