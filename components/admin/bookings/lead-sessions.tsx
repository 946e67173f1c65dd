import type { AdminAction } from "@/lib/auth/admin-action-state";
import type { LeadBooking } from "@/lib/bookings/load-lead-bookings";
import type { LeadSession } from "@/lib/bookings/load-lead-sessions";
import type { CalendarRoomOption } from "@/lib/calendar/list-calendar-subjects";
import { formatStudioDate, formatStudioRange } from "@/lib/time/format-studio-time";
import { formatMinutes, instantToWallClock } from "@/lib/time/zoned-time";
import { AdminForm } from "../admin-form";
import { adminInputClass, adminLabelClass, dangerOutlineButtonClass, disclosureButtonClass, secondaryButtonClass } from "../styles";
import { SessionStatus } from "./session-status";
import { SessionTimeFields } from "./session-time-fields";
import { skillLabel } from "@/lib/calendar/session-people";

export type SessionActions = { confirmSessionAction: AdminAction; moveSessionAction: AdminAction; cancelSessionAction: AdminAction; approveProposedMoveAction: AdminAction; closeArtistRequestAction: AdminAction; moveBookingAction: AdminAction };

/** What cancelling a booking would do to its money, by booking: once as the artist's cancellation, once as the studio's. */
export type CancellationNotes = Map<string, { artist: string; studio: string | null }>;

type Props = { leadId: string; bookings: LeadBooking[]; rooms: CalendarRoomOption[]; timeZone: string; canOverrideHours: boolean; actions: SessionActions; cancellationNotes?: CancellationNotes };

const days = (count: number) => (count === 1 ? "1 day" : `${count} days`);
const isLive = (session: LeadSession) => session.status === "HOLD" || session.status === "CONFIRMED";

/**
 * The lead's bookings, earliest first. A booking of several days can be confirmed or cancelled as
 * a whole; each day can also be confirmed, moved or cancelled on its own.
 */
export function LeadSessions({ leadId, bookings, rooms, timeZone, canOverrideHours, actions, cancellationNotes = new Map() }: Props) {
  if (bookings.length === 0) return <p>No sessions yet.</p>;
  const day = (session: LeadSession, several: boolean, lastLive = false) => (
    <SessionItem key={session.id} session={session} several={several} leadId={leadId} rooms={rooms} timeZone={timeZone} canOverrideHours={canOverrideHours} actions={actions} cancellation={lastLive ? cancellationNotes.get(session.groupId) : undefined} />
  );
  return (
    <ul className="divide-y divide-stone-200 dark:divide-stone-800">
      {bookings.map((booking) => {
        const live = booking.sessions.filter(isLive);
        if (booking.sessions.length === 1 && booking.openRequests.length === 0) return day(booking.sessions[0]!, false, true);
        const holds = live.filter((session) => session.status === "HOLD").length;
        const hidden = (
          <>
            <input type="hidden" name="leadId" value={leadId} />
            <input type="hidden" name="groupId" value={booking.id} />
          </>
        );
        const first = booking.sessions[0]!;
        const last = booking.sessions.at(-1)!;
        return (
          <li key={booking.id} className="py-3">
            <section aria-label={`Booking of ${days(booking.sessions.length)} from ${formatStudioDate(first.startsAt, timeZone)}`} className="space-y-3 rounded-lg border border-stone-300 p-3 dark:border-stone-700">
              <h3 className="font-semibold">
                Booking of {days(booking.sessions.length)}: {formatStudioDate(first.startsAt, timeZone)}
                {booking.sessions.length > 1 ? ` to ${formatStudioDate(last.startsAt, timeZone)}` : ""}
              </h3>
              <ArtistRequests requests={booking.openRequests} about="this whole booking" leadId={leadId} timeZone={timeZone} close={actions.closeArtistRequestAction} />
              {live.length > 0 ? (
                <div className="flex flex-wrap items-start gap-3">
                  {holds > 0 ? (
                    <AdminForm action={actions.confirmSessionAction} submitLabel={holds === 1 ? "Confirm the day on hold" : `Confirm all ${holds} days`} pendingLabel="Confirming…">
                      {hidden}
                    </AdminForm>
                  ) : null}
                  <AdminForm
                    action={actions.cancelSessionAction}
                    submitLabel="Cancel the whole booking"
                    pendingLabel="Cancelling…"
                    buttonClass={dangerOutlineButtonClass}
                    confirm={`Cancel all ${live.length} live days of this booking? Their time is freed at once.`}
                  >
                    {hidden}
                    <CancellationChoice id={booking.id} notes={cancellationNotes.get(booking.id)} />
                  </AdminForm>
                </div>
              ) : null}
              {live.length > 1 ? <MoveBooking bookingId={booking.id} leadId={leadId} live={live} rooms={rooms} timeZone={timeZone} canOverrideHours={canOverrideHours} moveBookingAction={actions.moveBookingAction} /> : null}
              <ul className="divide-y divide-stone-200 border-t border-stone-200 dark:divide-stone-800 dark:border-stone-800">{booking.sessions.map((session) => day(session, true, live.length === 1))}</ul>
            </section>
          </li>
        );
      })}
    </ul>
  );
}

type ArtistRequestsProps = { requests: LeadSession["openRequests"]; about: string; leadId: string; timeZone: string; approve?: AdminAction; close: AdminAction };

/** What the artist asked and nobody has acted on; a free time they picked is approved with one click. */
function ArtistRequests({ requests, about, leadId, timeZone, approve, close }: ArtistRequestsProps) {
  return requests.map((request) => (
    <div key={request.id} className="space-y-2 rounded-lg border-l-4 border-amber-700 bg-amber-50 p-2 dark:bg-amber-950">
      <p className="font-semibold">The artist asked to {request.kind === "MOVE" ? "move" : "cancel"} {about}.</p>
      {request.proposedStartsAt && request.proposedEndsAt ? <p>They picked a free time: {formatStudioRange(request.proposedStartsAt, request.proposedEndsAt, timeZone)}.</p> : null}
      {request.message ? <p className="whitespace-pre-line">{request.message}</p> : null}
      <div className="flex flex-wrap items-start gap-3">
        {approve && request.proposedStartsAt ? (
          <AdminForm action={approve} submitLabel="Move it to the time they picked" pendingLabel="Moving…">
            <input type="hidden" name="leadId" value={leadId} />
            <input type="hidden" name="requestId" value={request.id} />
          </AdminForm>
        ) : null}
        <AdminForm action={close} submitLabel="Mark as dealt with" pendingLabel="Saving…" buttonClass={secondaryButtonClass}>
          <input type="hidden" name="leadId" value={leadId} />
          <input type="hidden" name="requestId" value={request.id} />
        </AdminForm>
      </div>
    </div>
  ));
}

type SessionItemProps = { session: LeadSession; several: boolean; leadId: string; rooms: CalendarRoomOption[]; timeZone: string; canOverrideHours: boolean; actions: SessionActions; cancellation?: { artist: string; studio: string | null } };

/** One day: what it is, and what can be done to it while it is live. */
function SessionItem({ session, several, leadId, rooms, timeZone, canOverrideHours, actions, cancellation }: SessionItemProps) {
  const live = isLive(session);
  const hidden = (
    <>
      <input type="hidden" name="leadId" value={leadId} />
      <input type="hidden" name="bookingId" value={session.id} />
    </>
  );
  return (
    <li className="space-y-2 py-3">
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
      <ArtistRequests requests={session.openRequests} about={several ? "this day" : "this session"} leadId={leadId} timeZone={timeZone} approve={live ? actions.approveProposedMoveAction : undefined} close={actions.closeArtistRequestAction} />
      {live ? (
        <div className="flex flex-wrap items-start gap-3">
          {session.status === "HOLD" ? (
            <AdminForm action={actions.confirmSessionAction} submitLabel={several ? "Confirm this day" : "Confirm"} pendingLabel="Confirming…">
              {hidden}
            </AdminForm>
          ) : null}
          <AdminForm
            action={actions.cancelSessionAction}
            submitLabel={several ? "Cancel this day" : "Cancel session"}
            pendingLabel="Cancelling…"
            buttonClass={dangerOutlineButtonClass}
            confirm={several ? "Cancel this day? The booking's other days stay; this one's time is freed at once." : "Cancel this session? Its time is freed at once."}
          >
            {hidden}
            <CancellationChoice id={session.id} notes={cancellation} />
          </AdminForm>
        </div>
      ) : null}
      {live ? <MoveSession session={session} several={several} rooms={rooms} timeZone={timeZone} canOverrideHours={canOverrideHours} hidden={hidden} moveSessionAction={actions.moveSessionAction} /> : null}
    </li>
  );
}

type MoveBookingProps = { bookingId: string; leadId: string; live: LeadSession[]; rooms: CalendarRoomOption[]; timeZone: string; canOverrideHours: boolean; moveBookingAction: AdminAction };

/** Every live day of a booking to a new first date, the same times on the studio's clock, optionally another room. */
function MoveBooking({ bookingId, leadId, live, rooms, timeZone, canOverrideHours, moveBookingAction }: MoveBookingProps) {
  const prefix = `move-booking-${bookingId}-`;
  const first = live[0]!;
  const version = new Date(Math.max(...live.map((session) => session.updatedAt.getTime()))).toISOString();
  return (
    <details>
      <summary className={disclosureButtonClass}>Move the whole booking</summary>
      <AdminForm action={moveBookingAction} submitLabel={`Move all ${live.length} days`} pendingLabel="Moving…" buttonClass={secondaryButtonClass} className="mt-2 space-y-3">
        <input type="hidden" name="leadId" value={leadId} />
        <input type="hidden" name="groupId" value={bookingId} />
        <input type="hidden" name="version" value={version} />
        <p className="text-sm">Every day moves by the same number of days and keeps its times ({timeZone}).</p>
        <div>
          <label htmlFor={`${prefix}firstDate`} className={adminLabelClass}>New first day</label>
          <input id={`${prefix}firstDate`} name="firstDate" type="date" required defaultValue={instantToWallClock(first.startsAt, timeZone).date} className={adminInputClass} />
        </div>
        <div>
          <label htmlFor={`${prefix}roomId`} className={adminLabelClass}>Room</label>
          <select id={`${prefix}roomId`} name="roomId" defaultValue={first.room.id} className={adminInputClass}>
            {rooms.filter((room) => room.active || room.id === first.room.id).map((room) => (
              <option key={room.id} value={room.id}>{room.name}</option>
            ))}
          </select>
        </div>
        {canOverrideHours ? (
          <label className="flex items-center gap-2">
            <input type="checkbox" name="overrideHours" /> Book outside opening hours or on a closure
          </label>
        ) : null}
      </AdminForm>
    </details>
  );
}

type MoveSessionProps = { session: LeadSession; several: boolean; rooms: CalendarRoomOption[]; timeZone: string; canOverrideHours: boolean; hidden: React.ReactNode; moveSessionAction: AdminAction };

function MoveSession({ session, several, rooms, timeZone, canOverrideHours, hidden, moveSessionAction }: MoveSessionProps) {
  const start = instantToWallClock(session.startsAt, timeZone);
  const end = instantToWallClock(session.endsAt, timeZone);
  const prefix = `move-${session.id}-`;
  return (
    <details>
      <summary className={disclosureButtonClass}>{several ? "Move this day" : "Move this session"}</summary>
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

/**
 * Who is cancelling a booking that has money on it, with what each answer does to that money
 * (the cancellation policy for the artist, a full refund for the studio), read before confirming.
 */
function CancellationChoice({ id, notes }: { id: string; notes?: { artist: string; studio: string | null } }) {
  if (!notes) return null;
  // Staff cancel under the policy; cancelling as the studio (everything back) is the owner's.
  if (notes.studio === null) return <p className="mb-3 max-w-prose text-sm">{notes.artist}</p>;
  return (
    <fieldset className="mb-3 max-w-prose space-y-2 text-sm">
      <legend className="font-semibold">Who is cancelling?</legend>
      <label className="flex items-start gap-2">
        <input type="radio" name="cancelledBy" value="artist" defaultChecked className="mt-1 size-4 shrink-0" aria-describedby={`cancel-artist-${id}`} /> The artist
      </label>
      <p id={`cancel-artist-${id}`} className="ml-6 text-stone-700 dark:text-stone-300">{notes.artist}</p>
      <label className="flex items-start gap-2">
        <input type="radio" name="cancelledBy" value="studio" className="mt-1 size-4 shrink-0" aria-describedby={`cancel-studio-${id}`} /> The studio
      </label>
      <p id={`cancel-studio-${id}`} className="ml-6 text-stone-700 dark:text-stone-300">{notes.studio}</p>
    </fieldset>
  );
}
