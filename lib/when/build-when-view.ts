import { randomUUID } from "node:crypto";
import type { Database } from "../database/create-prisma-client";
import { loadRoomCalendar } from "./load-room-calendar";
import type { WhenView } from "./room-calendar";
import type { WhenSelection } from "./when-selection";

type Options = { selection: WhenSelection; notices?: string[]; focus?: WhenView["focus"]; now: Date };

/**
 * The "when" step ready to render: the selection with its room's calendar (the first room when
 * none is chosen, with a word when the one chosen can no longer be booked). A fresh token each
 * time, so the picker starts from what the server says.
 */
export async function buildWhenView(db: Database, { selection, notices = [], focus, now }: Options): Promise<WhenView> {
  const { rooms, calendar, roomFound } = await loadRoomCalendar(db, { roomId: selection.room, now });
  const said = roomFound || !calendar ? notices : [`The room you picked can no longer be booked; these days are for ${calendar.roomName}.`, ...notices];
  return { rooms, calendar, selection: { ...selection, room: calendar?.roomId ?? null }, notices: said, focus, token: randomUUID() };
}
