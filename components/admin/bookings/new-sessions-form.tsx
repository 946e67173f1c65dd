import type { AdminAction } from "@/lib/auth/admin-action-state";
import type { CalendarPersonOption, CalendarRoomOption } from "@/lib/calendar/list-calendar-subjects";
import { AdminForm } from "../admin-form";
import { adminInputClass, adminLabelClass } from "../styles";
import { FreeBusy } from "./free-busy";
import { SessionTimeFields } from "./session-time-fields";
import type { FreeBusyState } from "@/lib/bookings/load-free-busy";

type Props = {
  leadId: string;
  rooms: CalendarRoomOption[];
  people: CalendarPersonOption[];
  holdDays: number;
  timeZone: string;
  canOverrideHours: boolean;
  createSessionsAction: AdminAction;
  loadFreeBusyAction: (state: FreeBusyState, formData: FormData) => Promise<FreeBusyState>;
};

/** Books one or more sessions for the lead: one per date, same room, times and people. */
export function NewSessionsForm({ leadId, rooms, people, holdDays, timeZone, canOverrideHours, createSessionsAction, loadFreeBusyAction }: Props) {
  const activeRooms = rooms.filter((room) => room.active);
  if (activeRooms.length === 0) return <p>There are no rooms to book yet. An owner adds them in Settings.</p>;
  const engineers = people.filter((person) => person.skills.includes("ENGINEER"));
  const producers = people.filter((person) => person.skills.includes("PRODUCER"));
  return (
    <AdminForm action={createSessionsAction} submitLabel="Book" pendingLabel="Booking…" className="space-y-3">
      <input type="hidden" name="leadId" value={leadId} />
      <p className="text-sm text-stone-700 dark:text-stone-300">Times are the studio&apos;s ({timeZone}).</p>
      <div>
        <label htmlFor="roomId" className={adminLabelClass}>Room</label>
        <select id="roomId" name="roomId" required className={adminInputClass}>
          {activeRooms.map((room) => (
            <option key={room.id} value={room.id}>{room.name}</option>
          ))}
        </select>
      </div>
      <SessionTimeFields idPrefix="" multipleDates canOverrideHours={canOverrideHours} />
      <div className="grid grid-cols-2 gap-3">
        <PersonSelect name="engineerId" label="Engineer" skill="engineer" options={engineers} />
        <PersonSelect name="producerId" label="Producer" skill="producer" options={producers} />
      </div>
      <FreeBusy loadFreeBusyAction={loadFreeBusyAction} />
      <fieldset>
        <legend className={adminLabelClass}>Booking</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="status" value="HOLD" defaultChecked /> Hold (expires after {holdDays} {holdDays === 1 ? "day" : "days"} unless confirmed)
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="status" value="CONFIRMED" /> Confirmed (sends the artist a calendar invitation)
        </label>
      </fieldset>
    </AdminForm>
  );
}

function PersonSelect({ name, label, skill, options }: { name: string; label: string; skill: string; options: CalendarPersonOption[] }) {
  // With nobody to offer, say why and where to change it rather than a list of one "None".
  const hint = options.length === 0 ? `${name}-hint` : undefined;
  return (
    <div>
      <label htmlFor={name} className={adminLabelClass}>{label}</label>
      <select id={name} name={name} aria-describedby={hint} className={adminInputClass}>
        <option value="">None</option>
        {options.map((person) => (
          <option key={person.id} value={person.id}>{person.name}</option>
        ))}
      </select>
      {hint ? (
        <p id={hint} className="mt-1 text-sm text-stone-700 dark:text-stone-300">
          Nobody can be booked as {skill} yet: give someone the {skill} skill under Settings → People.
        </p>
      ) : null}
    </div>
  );
}
