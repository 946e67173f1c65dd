// The times an artist would like: preferences sent with an inquiry through the JSON API, never
// bookings (the form asks for time as a session request instead, lib/when/). Each comes as an
// object, or as "<roomId>_<start>_<end>" (the form's older way; test/support/slot-field-value.ts
// writes it). Both come out as the same normalised list, or undefined when empty (so an inquiry
// without them fingerprints as before).
import { z } from "zod";
import { isUuid } from "../validation/is-uuid";
import { parseInstant } from "../validation/parse-instant";

export const MAX_PREFERRED_SLOTS = 3;
/** How far ahead a preferred time may start: /book shows four weeks; this leaves room for a slow reply. */
export const PREFERRED_SLOT_HORIZON_DAYS = 56;
export const PREFERRED_SLOT_MAX_HOURS = 24;

export type PreferredSlot = { roomId?: string; startsAt: string; endsAt: string };

const HOUR_MS = 3_600_000;

/** ISO 8601 allows a time to the minute; the schema's instants want the seconds. */
const withSeconds = (value: string | undefined) => (value && /T\d\d:\d\dZ$/.test(value) ? `${value.slice(0, -1)}:00Z` : value);

function fromFieldValue(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const parts = value.trim().split("_");
  return parts.length === 3 ? { roomId: parts[0], startsAt: withSeconds(parts[1]), endsAt: withSeconds(parts[2]) } : value;
}

/** Checks one slot; its normalised form, or the reason it is refused. */
function checkSlot(item: unknown, now: number): PreferredSlot | string {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return "must have a start and an end";
  const { roomId, startsAt, endsAt } = item as Record<string, unknown>;
  const room = roomId === undefined || roomId === null || roomId === "" ? undefined : roomId;
  if (room !== undefined && !isUuid(room)) return "names a room we do not know; pick it again on the availability page";
  const start = parseInstant(startsAt);
  const end = parseInstant(endsAt);
  if (start === null) return "needs a start date and time with its zone, like 2026-11-24T10:00:00Z";
  if (end === null) return "needs an end date and time with its zone, like 2026-11-24T11:00:00Z";
  if (end <= start) return "must end after it starts";
  if (end - start > PREFERRED_SLOT_MAX_HOURS * HOUR_MS) return `can be at most ${PREFERRED_SLOT_MAX_HOURS} hours long`;
  if (end <= now) return "has already passed; pick another on the availability page";
  if (start > now + PREFERRED_SLOT_HORIZON_DAYS * 24 * HOUR_MS) return "is more than 8 weeks away; pick one within the next 8 weeks";
  return { ...(room ? { roomId: (room as string).toLowerCase() } : {}), startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString() };
}

export const preferredSlotsField = z.preprocess(
  (value) => {
    if (value === undefined || value === null || value === "") return [];
    // The form sends one field per slot, which arrive joined by line breaks.
    if (typeof value === "string") return value.split("\n").filter((part) => part.trim() !== "").map(fromFieldValue);
    return Array.isArray(value) ? value.map(fromFieldValue) : value;
  },
  z
    .array(z.unknown(), { error: "Preferred times must be a list" })
    .max(MAX_PREFERRED_SLOTS, `Choose at most ${MAX_PREFERRED_SLOTS} preferred times`)
    .transform((items, context) => {
      const now = Date.now();
      const slots: PreferredSlot[] = [];
      items.forEach((item, index) => {
        const checked = checkSlot(item, now);
        const label = items.length === 1 ? "The preferred time" : `Preferred time ${index + 1}`;
        if (typeof checked === "string") {
          context.addIssue({ code: "custom", message: `${label} ${checked}` });
        } else if (slots.some((slot) => slot.roomId === checked.roomId && slot.startsAt === checked.startsAt && slot.endsAt === checked.endsAt)) {
          context.addIssue({ code: "custom", message: `${label} is the same as an earlier one` });
        } else {
          slots.push(checked);
        }
      });
      return slots.length > 0 ? slots : undefined;
    }),
);
