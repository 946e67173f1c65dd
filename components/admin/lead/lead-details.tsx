import type { ReactNode } from "react";
import { budgetRangeLabel, projectTypeLabel, roleShortLabel } from "@/lib/inquiries/labels";
import type { LoadedLead } from "@/lib/leads/load-lead";
import { formatCalendarDate, formatStudioDateTime } from "@/lib/time/format-studio-time";
import { linkClass } from "../styles";

const REQUEST_OUTCOME = {
  HELD: "Held for the artist when the inquiry arrived: see the sessions below.",
  REQUESTED: "Not held: the studio holds no requested time automatically. Book it below if it suits.",
  UNAVAILABLE: "Taken by another booking as the inquiry arrived: nothing is held. The artist was told you will propose another time.",
} as const;

/**
 * Everything the artist told us, as a description list. `bookRequested` is the "Book this" form,
 * shown under the requested time when it is not held.
 */
export function LeadDetails({ lead, timeZone, bookRequested }: { lead: LoadedLead; timeZone: string; bookRequested?: ReactNode }) {
  const rows: [string, ReactNode][] = [
    ["Needs", roleShortLabel[lead.roleNeeded]],
    ["Name", lead.name],
    ["Email", <a key="email" href={`mailto:${lead.email}`} className={linkClass}>{lead.email}</a>],
    ["Phone", lead.phone],
    ["Artist or band", lead.artistName],
    ["Project", lead.projectType ? projectTypeLabel[lead.projectType] : null],
    ["Songs", lead.songCount],
    ["Genres", lead.genres.join(", ") || null],
    ["Budget", lead.budgetRange ? budgetRangeLabel[lead.budgetRange] : null],
    ["Would like to start", lead.targetStartOn ? formatCalendarDate(lead.targetStartOn, "medium") : null],
    ["Would like to finish", lead.targetFinishOn ? formatCalendarDate(lead.targetFinishOn, "medium") : null],
    [
      // Asked for with the inquiry (held at once when the studio holds requested time), or
      // picked on /book as preferences.
      lead.sessionRequestStatus ? "Requested time" : "Preferred times",
      lead.preferredSlots.length ? (
        <div key="slots">
          <ul>
            {lead.preferredSlots.map((slot) => (
              <li key={slot.id}>
                <span className="font-semibold">{slot.roomName ?? "Any room"}</span>: {slot.when}
              </li>
            ))}
          </ul>
          {lead.sessionRequestStatus && <p className="mt-1 text-sm">{REQUEST_OUTCOME[lead.sessionRequestStatus]}</p>}
          {bookRequested ? <div className="mt-2">{bookRequested}</div> : null}
        </div>
      ) : null,
    ],
    [
      "Reference links",
      lead.referenceLinks.length ? (
        <ul key="links">
          {lead.referenceLinks.map((link) => (
            <li key={link}>
              <a href={link} className={`${linkClass} break-all`} rel="noopener noreferrer nofollow" target="_blank">{link}</a>
            </li>
          ))}
        </ul>
      ) : null,
    ],
    ["Received", formatStudioDateTime(lead.createdAt, timeZone)],
    ["Consent to be contacted", formatStudioDateTime(lead.consentedAt, timeZone)],
    ["Flagged as spam by the form", lead.isSpam ? (lead.spamReason ?? "yes") : null],
  ];
  return (
    <div>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-stone-700 dark:text-stone-300">{label}</dt>
            <dd className="mb-2 sm:mb-0">{value ?? <span className="text-stone-600 dark:text-stone-400">—</span>}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-5 mb-2 font-semibold">Message</h3>
      <p className="whitespace-pre-line">{lead.message}</p>
    </div>
  );
}
