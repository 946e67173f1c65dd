// PostgreSQL answers an overlap with SQLSTATE 23P01 (exclusion_violation) and the constraint's
// name. Through Prisma's driver adapter that arrives either as a DriverAdapterError (Prisma's own
// queries) or wrapped in P2010 (raw SQL); both carry the original code and message.

export type ClashKind = "room" | "person";

const CONSTRAINTS: Record<string, ClashKind> = {
  Booking_room_no_overlap: "room",
  BookingPerson_person_no_overlap: "person",
};

type Cause = { originalCode?: string; code?: string; originalMessage?: string; message?: string };

/** Which no-overlap constraint refused the write, or null when the error is something else. */
export function exclusionViolation(error: unknown): ClashKind | null {
  const cause = causeOf(error);
  if (!cause || (cause.originalCode ?? cause.code) !== "23P01") return null;
  const message = cause.originalMessage ?? cause.message ?? "";
  for (const [constraint, kind] of Object.entries(CONSTRAINTS)) if (message.includes(`"${constraint}"`)) return kind;
  return null;
}

function causeOf(error: unknown): Cause | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { cause, meta } = error as { cause?: Cause; meta?: { driverAdapterError?: { cause?: Cause } } };
  return meta?.driverAdapterError?.cause ?? cause;
}
