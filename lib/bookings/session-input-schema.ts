import { z } from "zod";
import { isLocalDate, parseMinutes } from "../time/zoned-time";

const MAX_DATES = 14;

const optionalId = z.preprocess((value) => (value === "" || value === undefined ? null : value), z.uuid("Choose someone from the list.").nullable());
const clock = (label: string) =>
  z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().refine((value) => parseMinutes(value) !== null, `${label} must be a time such as 10:00`).optional(),
  );

/** When a session happens: its dates, and its times unless it is a whole day at opening hours. */
export const sessionTimesSchema = z
  .object({
    dates: z
      .array(z.string().refine(isLocalDate, "Each date must be a real date (YYYY-MM-DD)."))
      .min(1, "Give at least one date.")
      .max(MAX_DATES, `At most ${MAX_DATES} dates at once.`)
      .refine((dates) => new Set(dates).size === dates.length, "Each date only once."),
    wholeDay: z.boolean().default(false),
    startTime: clock("Start"),
    endTime: clock("End"),
    overrideHours: z.boolean().default(false),
  })
  .superRefine((value, context) => {
    if (value.wholeDay && !value.startTime && !value.endTime) return; // the day's opening hours
    if (!value.startTime) context.addIssue({ code: "custom", path: ["startTime"], message: "Give a start time, or book the whole day." });
    if (!value.endTime) context.addIssue({ code: "custom", path: ["endTime"], message: "Give an end time, or book the whole day." });
  });

export const newSessionsSchema = z
  .object({
    roomId: z.uuid("Choose a room."),
    engineerId: optionalId,
    producerId: optionalId,
    status: z.enum(["HOLD", "CONFIRMED"], "Choose hold or confirmed."),
  })
  .and(sessionTimesSchema);

export type SessionTimesInput = z.infer<typeof sessionTimesSchema>;
export type NewSessionsInput = z.infer<typeof newSessionsSchema>;

export const moveSessionSchema = z
  .object({
    bookingId: z.uuid("This session does not exist."),
    /** The session's updatedAt as the mover saw it: a change in between is a conflict. */
    version: z.iso.datetime({ message: "Reload the page and try again." }),
    roomId: z.uuid("Choose a room."),
  })
  .and(sessionTimesSchema);

export type MoveSessionInput = z.infer<typeof moveSessionSchema>;
