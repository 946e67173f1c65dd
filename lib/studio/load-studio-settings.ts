import type { Transaction } from "../database/transaction";
import type { Database } from "../database/create-prisma-client";

export type OpeningHoursRow = { weekday: number; opensAt: number; closesAt: number };

export type ReminderSettings = {
  prepReminderOn: boolean;
  prepReminderDays: number;
  prepReminderNote: string;
  logisticsReminderOn: boolean;
  logisticsNote: string;
  followUpReminderOn: boolean;
  followUpNote: string;
  holdReminderOn: boolean;
  holdReminderNote: string;
};

export type StudioSettingsView = {
  timeZone: string;
  holdDays: number;
  currency: string;
  holdRequestedTime: boolean;
  requestHoldHours: number;
  /** An artist's own move to a free time of the same kind happens at once, with at least this notice (days). */
  artistMovesAtOnce: boolean;
  artistMoveNoticeDays: number;
  reminders: ReminderSettings;
  /** One row per open ISO weekday (1 = Monday), sorted; a missing weekday is closed. */
  openingHours: OpeningHoursRow[];
};

/** The studio's time zone, hold length, currency and opening hours (the migration creates the row). */
export async function loadStudioSettings(db: Database | Transaction): Promise<StudioSettingsView> {
  const [settings, openingHours] = await Promise.all([
    db.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: {
        timeZone: true, holdDays: true, currency: true, holdRequestedTime: true, requestHoldHours: true, artistMovesAtOnce: true, artistMoveNoticeDays: true,
        prepReminderOn: true, prepReminderDays: true, prepReminderNote: true, logisticsReminderOn: true, logisticsNote: true, followUpReminderOn: true, followUpNote: true, holdReminderOn: true, holdReminderNote: true,
      },
    }),
    db.openingHours.findMany({ orderBy: { weekday: "asc" }, select: { weekday: true, opensAt: true, closesAt: true } }),
  ]);
  const { prepReminderOn, prepReminderDays, prepReminderNote, logisticsReminderOn, logisticsNote, followUpReminderOn, followUpNote, holdReminderOn, holdReminderNote, ...studio } = settings;
  return {
    ...studio,
    reminders: { prepReminderOn, prepReminderDays, prepReminderNote, logisticsReminderOn, logisticsNote, followUpReminderOn, followUpNote, holdReminderOn, holdReminderNote },
    openingHours,
  };
}
