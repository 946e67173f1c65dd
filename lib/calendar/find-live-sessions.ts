// The live sessions (HOLD, CONFIRMED) of one room or one person that overlap a time range, in a
// single round trip: the week view and the iCal feeds both read through this.
import type { Database } from "../database/create-prisma-client";
import { Prisma, type StaffSkill } from "../generated/prisma/client";

export type CalendarSubject = { kind: "room"; id: string } | { kind: "person"; id: string };

export type CalendarSessionPerson = { role: StaffSkill; userId: string; name: string };

export type CalendarSession = {
  id: string;
  inquiryId: string;
  reference: string;
  status: "HOLD" | "CONFIRMED";
  roomId: string;
  roomName: string;
  startsAt: Date;
  endsAt: Date;
  sequence: number;
  /** Engineer first, then producer. */
  people: CalendarSessionPerson[];
};

type Row = Omit<CalendarSession, "people"> & { people: CalendarSessionPerson[] | null };

/** Sessions with [startsAt, endsAt) overlapping [from, to), earliest first. */
export async function findLiveSessions(db: Database, { subject, from, to }: { subject: CalendarSubject; from: Date; to: Date }): Promise<CalendarSession[]> {
  // Written as tstzrange && with the live statuses so that PostgreSQL can use the GiST indexes
  // behind the no-double-booking exclusion constraints (room, and person).
  const range = Prisma.sql`tstzrange(${from}::timestamptz, ${to}::timestamptz)`;
  const whose =
    subject.kind === "room"
      ? Prisma.sql`b."roomId" = ${subject.id}::uuid`
      : Prisma.sql`b."id" IN (
          SELECT p."bookingId" FROM "BookingPerson" p
          WHERE p."userId" = ${subject.id}::uuid AND p."status" IN ('HOLD', 'CONFIRMED')
            AND tstzrange(p."startsAt", p."endsAt") && ${range})`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT b."id", b."inquiryId", i."reference", b."status"::text AS "status", b."roomId", r."name" AS "roomName",
      b."startsAt", b."endsAt", b."sequence",
      (SELECT json_agg(json_build_object('role', bp."role", 'userId', bp."userId", 'name', coalesce(u."name", u."email")) ORDER BY bp."role")
         FROM "BookingPerson" bp JOIN "User" u ON u."id" = bp."userId"
         WHERE bp."bookingId" = b."id") AS "people"
    FROM "Booking" b
    JOIN "Inquiry" i ON i."id" = b."inquiryId"
    JOIN "Room" r ON r."id" = b."roomId"
    WHERE ${whose} AND b."status" IN ('HOLD', 'CONFIRMED') AND tstzrange(b."startsAt", b."endsAt") && ${range}
    ORDER BY b."startsAt", b."id"`;
  return rows.map((row) => ({ ...row, people: row.people ?? [] }));
}
