// The query string of GET /api/availability, checked: from (a studio-local date, default today),
// days (1–62, default 28) and room (one room's id, default every active room).
import { z } from "zod";
import { isLocalDate } from "../time/zoned-time";
import { isUuid } from "../validation/is-uuid";

export const MAX_AVAILABILITY_DAYS = 62;
/** How far from today `from` may be, either way: the calendar looks a year ahead at most. */
const FROM_RANGE_DAYS = 366;
const DAY_MS = 86_400_000;
const withinRange = (date: string) => Math.abs(Date.parse(`${date}T00:00:00Z`) - Date.now()) <= FROM_RANGE_DAYS * DAY_MS;

const availabilityQuery = z.object({
  from: z
    .string()
    .refine(isLocalDate, "Use a date like 2026-12-01")
    .refine((date) => !isLocalDate(date) || withinRange(date), "Use a date within a year of today")
    .optional(),
  days: z
    .string()
    .regex(/^\d{1,3}$/, `Use a whole number of days from 1 to ${MAX_AVAILABILITY_DAYS}`)
    .transform(Number)
    .refine((days) => days >= 1 && days <= MAX_AVAILABILITY_DAYS, `Use a whole number of days from 1 to ${MAX_AVAILABILITY_DAYS}`)
    .default(28),
  room: z
    .string()
    .refine(isUuid, "Use the id of one of the studio's rooms, as the offers list them")
    .transform((room) => room.toLowerCase())
    .optional(),
});

export type AvailabilityQuery = z.output<typeof availabilityQuery>;

export function parseAvailabilityQuery(params: URLSearchParams): { query: AvailabilityQuery } | { fields: Record<string, string[]> } {
  const raw = Object.fromEntries(["from", "days", "room"].flatMap((name) => (params.get(name) !== null ? [[name, params.get(name)!]] : [])));
  const parsed = availabilityQuery.safeParse(raw);
  if (parsed.success) return { query: parsed.data };
  return { fields: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
}
