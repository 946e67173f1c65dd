import Link from "next/link";
import type { TodayView } from "@/lib/dashboard/load-today";
import { formatDuration } from "@/lib/time/format-studio-time";
import { SessionStatus } from "../bookings/session-status";
import { linkClass, panelClass } from "../styles";

const leadHref = (leadId: string) => `/admin/leads/${leadId}`;
const empty = "text-stone-700 dark:text-stone-300";

/** The day sheet: what needs the studio today, each item one click from where it is acted on. */
export function Today({ today }: { today: TodayView }) {
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-2">
        {today.days.map((day) => (
          <section key={day.date} aria-labelledby={`day-${day.date}`} className={panelClass}>
            <h2 id={`day-${day.date}`} className="mb-2 text-lg font-semibold">{day.label}</h2>
            {day.rooms.every((room) => room.sessions.length === 0) ? <p className={empty}>No sessions.</p> : null}
            <ul className="space-y-3">
              {day.rooms
                .filter((room) => room.sessions.length > 0)
                .map((room) => (
                  <li key={room.id}>
                    <h3 className="font-semibold">{room.name}</h3>
                    <ul className="mt-1 space-y-2">
                      {room.sessions.map((session) => (
                        <li key={session.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                          <span className="tabular-nums">{session.when}</span>
                          <Link href={leadHref(session.leadId)} className={linkClass}>{session.who}</Link>
                          <SessionStatus status={session.status} holdExpiresAt={null} timeZone="UTC" />
                          {session.people.length > 0 ? <span className="text-sm">{session.people.join(" · ")}</span> : null}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <section aria-labelledby="holds-heading" className={panelClass}>
          <h2 id="holds-heading" className="mb-2 text-lg font-semibold">Holds ending within 48 hours</h2>
          {today.holdsEnding.length === 0 ? <p className={empty}>None.</p> : null}
          <ul className="space-y-2">
            {today.holdsEnding.map((hold) => (
              <li key={`${hold.leadId}-${hold.days[0]}`}>
                <Link href={leadHref(hold.leadId)} className={linkClass}>{hold.who}</Link>: ends {hold.endsAt}
                <span className="block text-sm">{hold.days.join("; ")}</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="requests-heading" className={panelClass}>
          <h2 id="requests-heading" className="mb-2 text-lg font-semibold">Artist requests waiting</h2>
          {today.requests.length === 0 ? <p className={empty}>None.</p> : null}
          <ul className="space-y-2">
            {today.requests.map((request) => (
              <li key={request.id}>
                <Link href={leadHref(request.leadId)} className={linkClass}>{request.who}</Link> asks to {request.kind === "MOVE" ? "move" : "cancel"} {request.about}
                <span className="block text-sm">Asked {request.asked}</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="waiting-heading" className={panelClass}>
          <h2 id="waiting-heading" className="mb-2 text-lg font-semibold">Waiting for a first answer</h2>
          {today.waiting.length === 0 ? <p className={empty}>Nobody: every new lead has an answer.</p> : null}
          <ul className="space-y-2">
            {today.waiting.map((lead) => (
              <li key={lead.leadId}>
                <Link href={leadHref(lead.leadId)} className={linkClass}>{lead.who}</Link>, waiting {formatDuration(lead.waitedMs)}
                <span className="block text-sm">Received {lead.received}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
