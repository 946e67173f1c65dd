// What owners type at /admin/settings, checked on the server by the lib/studio functions. Every
// message names the field in the owner's words, since it is shown to them as it is.
import { z } from "zod";
import { parseMoney } from "../money/parse-money";
import { settingsText as text } from "../validation/settings-text";
import { isLocalDate, isValidTimeZone, parseMinutes } from "../time/zoned-time";

/** The currencies rates and quotes can be shown in. */
export const STUDIO_CURRENCIES = ["GBP", "EUR", "USD"] as const;

/** ISO weekdays (1 = Monday) by name, in the order the week is shown. */
export const WEEKDAY_NAMES: Record<number, string> = { 1: "Monday", 2: "Tuesday", 3: "Wednesday", 4: "Thursday", 5: "Friday", 6: "Saturday", 7: "Sunday" };

const moneyMessage = (label: string, optional: boolean) =>
  `Enter ${label} as an amount such as 45 or 45.50 (at most 1,000,000)${optional ? ", or leave it empty" : ""}.`;

function toCents(value: string, ctx: z.RefinementCtx, message: string): number {
  const cents = parseMoney(value);
  if (cents !== null) return cents;
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}

/** A rate as typed, in cents. */
function money(label: string) {
  const message = moneyMessage(label, false);
  return z.string({ error: message }).transform((value, ctx) => toCents(value, ctx, message));
}

/** A rate as typed, in cents; empty means none. */
function optionalMoney(label: string) {
  const message = moneyMessage(label, true);
  return z.string({ error: message }).transform((value, ctx) => (value.trim() === "" ? null : toCents(value, ctx, message)));
}

const holdDaysMessage = "Holds must last a whole number of days from 1 to 90.";
const requestHoldMessage = "Hold requested time for a whole number of hours from 1 to 720 (30 days).";
const artistMoveNoticeMessage = "Give the notice for an artist's own move as a whole number of days from 0 to 90.";

export const studioSettingsSchema = z.object({
  timeZone: z
    .string({ error: "Choose the studio's time zone." })
    .trim()
    .refine((value) => value.length > 0 && value.length <= 64 && isValidTimeZone(value), "Choose a time zone from the list, such as Europe/London.")
    // Stored as the zone's own spelling ("europe/london" is Europe/London), which every reader expects.
    .transform((value) => new Intl.DateTimeFormat("en-GB", { timeZone: value }).resolvedOptions().timeZone),
  holdDays: z.preprocess(
    (value) => (typeof value === "string" && /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : value),
    z.number({ error: holdDaysMessage }).int(holdDaysMessage).min(1, holdDaysMessage).max(90, holdDaysMessage),
  ),
  currency: z.enum(STUDIO_CURRENCIES, { error: `Choose the currency: ${STUDIO_CURRENCIES.join(", ")}.` }),
  // Left out, they keep what is stored (a caller that sets only the zone changes only the zone).
  holdRequestedTime: z.boolean({ error: "Say whether requested time is held." }).optional(),
  requestHoldHours: z
    .preprocess(
      (value) => (typeof value === "string" && /^\s*\d{1,4}\s*$/.test(value) ? Number(value) : value),
      z.number({ error: requestHoldMessage }).int(requestHoldMessage).min(1, requestHoldMessage).max(720, requestHoldMessage),
    )
    .optional(),
  artistMovesAtOnce: z.boolean({ error: "Say whether an artist's own move happens at once." }).optional(),
  artistMoveNoticeDays: z
    .preprocess(
      (value) => (typeof value === "string" && /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : value),
      z.number({ error: artistMoveNoticeMessage }).int(artistMoveNoticeMessage).min(0, artistMoveNoticeMessage).max(90, artistMoveNoticeMessage),
    )
    .optional(),
});

const prepDaysMessage = "Send the preparation reminder a whole number of days from 1 to 14 before.";

/** The reminders around a confirmed session: each on or off, with the owner's note it carries. */
export const reminderSettingsSchema = z.object({
  prepReminderOn: z.boolean({ error: "Say whether the preparation reminder is sent." }),
  prepReminderDays: z.preprocess(
    (value) => (typeof value === "string" && /^\s*\d{1,2}\s*$/.test(value) ? Number(value) : value),
    z.number({ error: prepDaysMessage }).int(prepDaysMessage).min(1, prepDaysMessage).max(14, prepDaysMessage),
  ),
  prepReminderNote: text({ label: "The preparation note", max: 1000, multiline: true }),
  logisticsReminderOn: z.boolean({ error: "Say whether the day-before reminder is sent." }),
  logisticsNote: text({ label: "The arrival and parking note", max: 1000, multiline: true }),
  followUpReminderOn: z.boolean({ error: "Say whether the thank-you is sent." }),
  followUpNote: text({ label: "The thank-you note", max: 1000, multiline: true }),
  holdReminderOn: z.boolean({ error: "Say whether the artist is reminded before a hold ends." }),
  holdReminderNote: text({ label: "The note before a hold ends", max: 1000, multiline: true }),
});

const openingDaySchema = z.object({ weekday: z.number().int(), closed: z.boolean(), opens: z.string(), closes: z.string() });

/** All seven weekdays at once; the rows to store are the open days, in minutes after midnight. */
export const openingHoursSchema = z
  .object({ days: z.array(openingDaySchema, { error: "Send the hours of all seven weekdays." }) })
  .superRefine(({ days }, ctx) => {
    const weekdays = days.map((day) => day.weekday).sort();
    if (weekdays.join() !== "1,2,3,4,5,6,7") {
      ctx.addIssue({ code: "custom", path: ["form"], message: "Send the hours of all seven weekdays." });
      return;
    }
    for (const day of days.filter((candidate) => !candidate.closed)) {
      const name = WEEKDAY_NAMES[day.weekday];
      const opens = parseMinutes(day.opens);
      const closes = parseMinutes(day.closes);
      if (opens === null) ctx.addIssue({ code: "custom", path: [`opens-${day.weekday}`], message: `Enter when ${name} opens as HH:MM, such as 10:00.` });
      if (closes === null) ctx.addIssue({ code: "custom", path: [`closes-${day.weekday}`], message: `Enter when ${name} closes as HH:MM, such as 22:00 (24:00 is midnight).` });
      if (opens !== null && closes !== null && closes <= opens) {
        ctx.addIssue({ code: "custom", path: [`closes-${day.weekday}`], message: `${name} must close after it opens.` });
      }
    }
  })
  .transform(({ days }) =>
    days
      .filter((day) => !day.closed)
      .map((day) => ({ weekday: day.weekday, opensAt: parseMinutes(day.opens)!, closesAt: parseMinutes(day.closes)! }))
      .sort((a, b) => a.weekday - b.weekday),
  );

export const closureSchema = z
  .object({
    startsOn: z.string({ error: "Enter the first day of the closure." }).trim().refine(isLocalDate, "Enter the first day of the closure as a date."),
    endsOn: z.string({ error: "Enter the last day of the closure." }).trim().refine(isLocalDate, "Enter the last day of the closure as a date."),
    reason: text({ label: "The reason", max: 200, missing: "Say why the studio is closed, such as “Christmas”." }),
  })
  // Dates as YYYY-MM-DD compare correctly as text.
  .refine(({ startsOn, endsOn }) => endsOn >= startsOn, { path: ["endsOn"], message: "The last day cannot be before the first day." });

export const roomSchema = z.object({
  name: text({ label: "The room's name", max: 80, missing: "Give the room a name." }),
  description: text({ label: "The description", max: 1000, multiline: true }),
  hourlyRate: money("the hourly rate"),
  dayRate: money("the day rate"),
  active: z.boolean({ error: "Say whether the room can be booked." }),
});

export const staffSkillsSchema = z.object({
  skills: z
    .array(z.enum(["ENGINEER", "PRODUCER"], { error: "Choose engineer, producer or both." }), { error: "Choose engineer, producer or both." })
    .transform((skills) => [...new Set(skills)].sort()),
  hourlyRate: optionalMoney("the hourly rate"),
  dayRate: optionalMoney("the day rate"),
});
