import type { Database } from "../database/create-prisma-client";

/** The studio's IANA time zone (StudioSettings.timeZone), in which every time is shown. */
export async function loadStudioTimeZone(db: Database): Promise<string> {
  const { timeZone } = await db.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } });
  return timeZone;
}
