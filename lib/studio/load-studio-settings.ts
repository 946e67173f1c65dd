import type { Database } from "../database/create-prisma-client";

export type OpeningHoursRow = { weekday: number; opensAt: number; closesAt: number };

export type StudioSettingsView = {
  timeZone: string;
  holdDays: number;
  currency: string;
  holdRequestedTime: boolean;
  requestHoldHours: number;
  /** One row per open ISO weekday (1 = Monday), sorted; a missing weekday is closed. */
  openingHours: OpeningHoursRow[];
};

/** The studio's time zone, hold length, currency and opening hours (the migration creates the row). */
export async function loadStudioSettings(db: Database): Promise<StudioSettingsView> {
  const [settings, openingHours] = await Promise.all([
    db.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true, holdDays: true, currency: true, holdRequestedTime: true, requestHoldHours: true } }),
    db.openingHours.findMany({ orderBy: { weekday: "asc" }, select: { weekday: true, opensAt: true, closesAt: true } }),
  ]);
  return { ...settings, openingHours };
}
