import type { Database } from "../database/create-prisma-client";
import type { LocalDate } from "../time/zoned-time";

export type ClosureView = { id: string; startsOn: LocalDate; endsOn: LocalDate; reason: string };

/** Closures that touch the dates from `from` to `to` (inclusive), earliest first. */
export async function listClosures(db: Database, { from, to }: { from: LocalDate; to: LocalDate }): Promise<ClosureView[]> {
  const rows = await db.closure.findMany({
    where: { endsOn: { gte: new Date(`${from}T00:00:00Z`) }, startsOn: { lte: new Date(`${to}T00:00:00Z`) } },
    orderBy: [{ startsOn: "asc" }, { id: "asc" }],
  });
  return rows.map(({ id, startsOn, endsOn, reason }) => ({ id, reason, startsOn: toLocalDate(startsOn), endsOn: toLocalDate(endsOn) }));
}

/** A DATE column comes back as UTC midnight of that date. */
export function toLocalDate(value: Date): LocalDate {
  return value.toISOString().slice(0, 10);
}
