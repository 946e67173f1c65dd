import Link from "next/link";
import type { CalendarSession } from "@/lib/calendar/find-live-sessions";
import { formatStudioRange } from "@/lib/time/format-studio-time";
import { linkClass } from "../styles";

/** The week's sessions in full, as a table: what the grid's small blocks may have to cut short. */
export function WeekSessionTable({ sessions, timeZone }: { sessions: CalendarSession[]; timeZone: string }) {
  if (sessions.length === 0) return <p>No sessions this week.</p>;
  const person = (session: CalendarSession, role: "ENGINEER" | "PRODUCER") => session.people.find((candidate) => candidate.role === role)?.name ?? "—";
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">Sessions this week</caption>
        <thead>
          <tr className="border-b border-stone-300 dark:border-stone-700">
            <th scope="col" className="py-2 pr-4">When</th>
            <th scope="col" className="py-2 pr-4">Status</th>
            <th scope="col" className="py-2 pr-4">Lead</th>
            <th scope="col" className="py-2 pr-4">Room</th>
            <th scope="col" className="py-2 pr-4">Engineer</th>
            <th scope="col" className="py-2">Producer</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id} className="border-b border-stone-200 align-top dark:border-stone-800">
              <td className="py-2 pr-4">{formatStudioRange(session.startsAt, session.endsAt, timeZone)}</td>
              <td className="py-2 pr-4">{session.status === "HOLD" ? "Hold" : "Confirmed"}</td>
              <td className="py-2 pr-4"><Link href={`/admin/leads/${session.inquiryId}`} className={linkClass}>{session.reference}</Link></td>
              <td className="py-2 pr-4">{session.roomName}</td>
              <td className="py-2 pr-4">{person(session, "ENGINEER")}</td>
              <td className="py-2">{person(session, "PRODUCER")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
