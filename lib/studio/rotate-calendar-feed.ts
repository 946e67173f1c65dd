import { randomBytes } from "node:crypto";
import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { isUuid } from "../validation/is-uuid";
import { requireOwner } from "./require-owner";

/** Whose calendar a feed shows: a room's or a person's. */
export type CalendarFeedOwner = { kind: "room" | "person"; id: string };

/**
 * Gives a room's or a person's iCal feed a new secret (owners only), for when its URL has leaked
 * or someone no longer should see it: the old URL stops working at once. Returns the new token.
 */
export async function rotateCalendarFeed(db: Database, actor: StaffMember, { kind, id }: CalendarFeedOwner): Promise<{ token: string }> {
  requireOwner(actor);
  const token = randomBytes(32).toString("hex");
  const where = { id };
  let updated = { count: 0 };
  if (isUuid(id) && kind === "room") updated = await db.room.updateMany({ where, data: { calendarFeedToken: token } });
  if (isUuid(id) && kind === "person") updated = await db.user.updateMany({ where, data: { calendarFeedToken: token } });
  if (updated.count === 0) throw new ExpectedError("calendar-feed-not-found");
  return { token };
}
