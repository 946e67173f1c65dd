// The admin dashboard's figures. Spam is never counted. Erased leads count in the history (they
// were real inquiries, answered or not) but not in the open pipeline, where nobody can work them.
import type { Database } from "../database/create-prisma-client";
import { Prisma } from "../generated/prisma/client";
import { RoleNeeded } from "../generated/prisma/enums";

export const OPEN_STATUSES = ["NEW", "CONTACTED", "QUOTED", "BOOKED"] as const;
export type OpenStatus = (typeof OPEN_STATUSES)[number];

export const DASHBOARD_WEEKS = 12;
const DAY_MS = 86_400_000;

export type WeeklyRoleCounts = { weekStart: Date; counts: Record<RoleNeeded, number> };

export type DashboardStats = {
  /** Created in the last 7 days. */
  newThisWeek: number;
  openByStatus: Record<OpenStatus, number>;
  openByRole: Record<RoleNeeded, number>;
  /** Median time from inquiry to first answer over leads of the last 90 days; null when none was answered. */
  medianFirstResponseMs: number | null;
  /** The last 12 weeks (from Monday 00:00 in the studio's zone), oldest first, the current one last; empty weeks included. */
  weeklyByRole: WeeklyRoleCounts[];
};

export async function loadDashboardStats(db: Database, now = new Date(), timeZone = "UTC"): Promise<DashboardStats> {
  // Weeks are computed on the studio's wall-clock timestamps (without time zone), so they are the
  // studio's weeks, and the database session's own zone cannot shift them.
  const firstWeek = Prisma.sql`(date_trunc('week', ${now}::timestamptz AT TIME ZONE ${timeZone}::text) - make_interval(weeks => ${DASHBOARD_WEEKS - 1}::int))`;
  const [[recent], open, weekly] = await Promise.all([
    db.$queryRaw<{ newThisWeek: number; medianFirstResponseMs: number | null }[]>`
      SELECT count(*) FILTER (WHERE "createdAt" > ${new Date(now.getTime() - 7 * DAY_MS)})::int AS "newThisWeek",
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "firstRespondedAt" - "createdAt")::float8 * 1000)
          FILTER (WHERE "firstRespondedAt" IS NOT NULL) AS "medianFirstResponseMs"
      FROM "Inquiry"
      WHERE "createdAt" > ${new Date(now.getTime() - 90 * DAY_MS)} AND "createdAt" <= ${now} AND "status" <> 'SPAM'`,
    db.$queryRaw<{ status: OpenStatus; role: RoleNeeded; count: number }[]>`
      SELECT "status"::text AS "status", "roleNeeded"::text AS "role", count(*)::int AS "count"
      FROM "Inquiry"
      WHERE "status" = ANY(${[...OPEN_STATUSES]}::"InquiryStatus"[]) AND "erasedAt" IS NULL
      GROUP BY 1, 2`,
    // Weeks come back as the studio's dates in text: Prisma's pg adapter reads a timestamptz as if
    // the session's zone were UTC, and these must not depend on the session's zone at all.
    db.$queryRaw<{ week: string; role: RoleNeeded | null; count: number | null }[]>`
      WITH weeks AS (
        SELECT generate_series(${firstWeek}, ${now}::timestamptz AT TIME ZONE ${timeZone}::text, interval '1 week') AS "week"
      ), counts AS (
        SELECT date_trunc('week', "createdAt" AT TIME ZONE ${timeZone}::text) AS "week", "roleNeeded"::text AS "role", count(*)::int AS "count"
        FROM "Inquiry"
        WHERE "createdAt" >= ${firstWeek} AT TIME ZONE ${timeZone}::text AND "createdAt" <= ${now} AND "status" <> 'SPAM'
        GROUP BY 1, 2
      )
      SELECT to_char(w."week", 'YYYY-MM-DD') AS "week", c."role", c."count"
      FROM weeks w LEFT JOIN counts c ON c."week" = w."week"
      ORDER BY w."week"`,
  ]);

  const openByStatus = zeroes(OPEN_STATUSES);
  const openByRole = zeroes(Object.values(RoleNeeded));
  for (const row of open) {
    openByStatus[row.status] += row.count;
    openByRole[row.role] += row.count;
  }

  const weeks = new Map<string, WeeklyRoleCounts>();
  for (const row of weekly) {
    if (!weeks.has(row.week)) weeks.set(row.week, { weekStart: new Date(`${row.week}T00:00:00Z`), counts: zeroes(Object.values(RoleNeeded)) });
    if (row.role) weeks.get(row.week)!.counts[row.role] = row.count ?? 0;
  }

  return {
    newThisWeek: recent.newThisWeek,
    medianFirstResponseMs: recent.medianFirstResponseMs === null ? null : Number(recent.medianFirstResponseMs),
    openByStatus,
    openByRole,
    weeklyByRole: [...weeks.values()],
  };
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}
