import type { AdminAction } from "@/lib/auth/admin-action-state";
import type { LeadSession } from "@/lib/bookings/load-lead-sessions";
import type { CalendarRoomOption } from "@/lib/calendar/list-calendar-subjects";
import { formatStudioRange } from "@/lib/time/format-studio-time";
import { formatMinutes, instantToWallClock } from "@/lib/time/zoned-time";
import { AdminForm } from "../admin-form";
import { adminInputClass, adminLabelClass, dangerButtonClass, secondaryButtonClass } from "../styles";
import { SessionStatus } from "./session-status";
import { SessionTimeFields } from "./session-time-fields";
import { skillLabel } from "@/lib/calendar/session-people";

export type SessionActions = { confirmSessionAction: AdminAction; moveSessionAction: AdminAction; cancelSessionAction: AdminAction };

type Props = { leadId: string; sessions: LeadSession[]; rooms: CalendarRoomOption[]; timeZone: string; canOverrideHours: boolean; actions: SessionActions };


/** The lead's sessions, earliest first, with what can be done to each live one. */
export function LeadSessions({ leadId, sessions, rooms, timeZone, canOverrideHours, actions }: Props) {
  if (sessions.length === 0) return <p>No sessions yet.</p>;
  return (
    <ul className="divide-y divide-stone-200 dark:divide-stone-800">
      {sessions.map((session) => {
        const live = session.status === "HOLD" || session.status === "CONFIRMED";
        const hidden = (
          <>
            <input type="hidden" name="leadId" value={leadId} />
            <input type="hidden" name="bookingId" value={session.id} />
          </>
        );
        return (
          <li key={session.id} className="space-y-2 py-3">
            <p className="font-semibold">{formatStudioRange(session.startsAt, session.endsAt, timeZone)}</p>
            <p>
              {session.room.name}
              {session.pricing === "DAY" ? " · whole day" : ""}
              {session.outsideHours ? " · outside opening hours" : ""}
            </p>
            {session.people.length > 0 ? (
              <p className="text-sm">{session.people.map(({ role, user }) => `${skillLabel[role]}: ${user.name || user.email}`).join(" · ")}</p>
            ) : null}
            <SessionStatus status={session.status} holdExpiresAt={session.holdExpiresAt} timeZone={timeZone} />
            {session.openRequests.map((request) => (
              <div key={request.createdAt.toISOString()} className="rounded-lg border-l-4 border-amber-700 bg-amber-50 p-2 dark:bg-amber-950">
                <p className="font-semibold">The artist asked to {request.kind === "MOVE" ? "move" : "cancel"} this session.</p>
                {request.message ? <p className="whitespace-pre-line">{request.message}</p> : null}
              </div>
            ))}
            {live ? (
              <div className="flex flex-wrap items-start gap-3">
                {session.status === "HOLD" ? (
                  <AdminForm action={actions.confirmSessionAction} submitLabel="Confirm" pendingLabel="Confirming…">
                    {hidden}
                  </AdminForm>
                ) : null}
                <AdminForm action={actions.cancelSessionAction} submitLabel="Cancel session" pendingLabel="Cancelling…" buttonClass={dangerButtonClass} confirm="Cancel this session? Its time is freed at once.">
                  {hidden}
                </AdminForm>
              </div>
            ) : null}
            {live ? <MoveSession session={session} rooms={rooms} timeZone={timeZone} canOverrideHours={canOverrideHours} hidden={hidden} moveSessionAction={actions.moveSessionAction} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

type MoveSessionProps = { session: LeadSession; rooms: CalendarRoomOption[]; timeZone: string; canOverrideHours: boolean; hidden: React.ReactNode; moveSessionAction: AdminAction };

function MoveSession({ session, rooms, timeZone, canOverrideHours, hidden, moveSessionAction }: MoveSessionProps) {
  const start = instantToWallClock(session.startsAt, timeZone);
  const end = instantToWallClock(session.endsAt, timeZone);
  const prefix = `move-${session.id}-`;
  return (
    <details>
      <summary className="cursor-pointer font-semibold">Move this session</summary>
      <AdminForm action={moveSessionAction} submitLabel="Move" pendingLabel="Moving…" buttonClass={secondaryButtonClass} className="mt-2 space-y-3">
        {hidden}
        <input type="hidden" name="version" value={session.updatedAt.toISOString()} />
        <div>
          <label htmlFor={`${prefix}roomId`} className={adminLabelClass}>Room</label>
          <select id={`${prefix}roomId`} name="roomId" defaultValue={session.room.id} className={adminInputClass}>
            {rooms.filter((room) => room.active || room.id === session.room.id).map((room) => (
              <option key={room.id} value={room.id}>{room.name}</option>
            ))}
          </select>
        </div>
        <SessionTimeFields
          idPrefix={prefix}
          canOverrideHours={canOverrideHours}
          defaults={{ date: start.date, startTime: formatMinutes(start.minutes), endTime: formatMinutes(end.minutes), wholeDay: session.pricing === "DAY" }}
        />
      </AdminForm>
    </details>
  );
}
