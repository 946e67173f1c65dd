// PostgreSQL answers an overlap with SQLSTATE 23P01 (exclusion_violation) and the constraint's
// name, both of which survive Prisma's driver adapter (lib/database/driver-error.ts).
import { driverErrorCause, sqlState } from "../database/driver-error";

export type ClashKind = "room" | "person";

const CONSTRAINTS: Record<string, ClashKind> = {
  Booking_room_no_overlap: "room",
  BookingPerson_person_no_overlap: "person",
};

/** Which no-overlap constraint refused the write, or null when the error is something else. */
export function exclusionViolation(error: unknown): ClashKind | null {
  if (sqlState(error) !== "23P01") return null;
  const cause = driverErrorCause(error);
  const message = cause?.originalMessage ?? cause?.message ?? "";
  for (const [constraint, kind] of Object.entries(CONSTRAINTS)) if (message.includes(`"${constraint}"`)) return kind;
  return null;
}
