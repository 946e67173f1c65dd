// A room's calendar for the "when" step's unit tests: the default rate card (hours from 2, half
// days of 6 hours from 10:00 and 16:00, full days, lockouts of 3 days), open 10:00–22:00 London
// time every day from `today` for `days` days but Sundays.
import type { CalendarDay, RoomCalendar } from "@/lib/when/room-calendar";
import { formatStudioClock } from "@/lib/time/format-studio-time";

/** London's name for the day's zone at noon: GMT in winter, BST in summer. */
const zoneOn = (date: string) => formatStudioClock(new Date(`${date}T12:00:00Z`), "Europe/London").split(" ")[1]!;

export function testCalendar({ today = "2026-11-02", days = 60, overrides = {} as Record<string, Partial<CalendarDay>> } = {}): RoomCalendar {
  const list: CalendarDay[] = Array.from({ length: days }, (_, index) => {
    const date = new Date(Date.parse(`${today}T00:00:00Z`) + index * 86_400_000).toISOString().slice(0, 10);
    const sunday = new Date(`${date}T00:00:00Z`).getUTCDay() === 0;
    const day: CalendarDay = sunday
      ? { date, closed: true, opensAt: 0, closesAt: 0, zone: zoneOn(date), full: false, lockout: false, half: [], hourly: [], busy: [] }
      : { date, closed: false, opensAt: 600, closesAt: 1320, zone: zoneOn(date), full: true, lockout: false, half: [600, 960], hourly: [[600, 1320]], busy: [] };
    return { ...day, ...overrides[date] };
  });
  // Lockout days: free full days in runs of three or more (Monday to Saturday here).
  for (const day of list) day.lockout = day.full;
  return {
    roomId: "0b8f3d4e-2c1a-4f5b-9d6e-7a8b9c0d1e2f",
    roomName: "Live Room",
    description: "",
    timeZone: "Europe/London",
    currency: "GBP",
    holdHours: 48,
    today,
    days: list,
    offers: [
      { kind: "hourly", label: "By the hour (2 hours or more)", priceMinor: 4_500, minHours: 2 },
      { kind: "half", label: "Half day (6 hours)", priceMinor: 19_000, blockMinutes: 360, startTimes: [600, 960] },
      { kind: "full", label: "Full day", priceMinor: 32_000 },
      { kind: "lockout", label: "Lockout (3 days or more)", priceMinor: 29_000, minDays: 3 },
    ],
  };
}
