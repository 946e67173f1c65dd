import type { Database } from "../database/create-prisma-client";
import { applyWhenOp } from "./apply-when-op";
import { buildWhenView } from "./build-when-view";
import type { WhenView } from "./room-calendar";
import { parseWhenSelection } from "./when-selection";

type Params = { get(name: string): string | null; getAll(name: string): string[] };

/**
 * A change to the "when" step made without JavaScript: the pressed button's value (`op`) applied
 * to the selection the form or address carried, against the calendar as it is now. Another room
 * is read afresh after the change.
 */
export async function changeWhen(db: Database, params: Params, op: string, now: Date): Promise<WhenView> {
  const { selection, notices } = parseWhenSelection(params);
  const before = await buildWhenView(db, { selection, notices, now });
  const result = applyWhenOp(before.selection, op, before.calendar, { hourlyStart: params.get("hourlyStart"), hourlyHours: params.get("hourlyHours") });
  const said = [...before.notices, ...result.notices];
  if (result.selection.room !== before.selection.room) return buildWhenView(db, { selection: result.selection, notices: said, focus: result.focus, now });
  return { ...before, selection: result.selection, notices: said, focus: result.focus };
}
