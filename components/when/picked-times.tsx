import { estimatePicks } from "@/lib/when/estimate-picks";
import { describePick, pickStatus, type PickStatus } from "@/lib/when/pick-facts";
import { offerOf, type RoomCalendar } from "@/lib/when/room-calendar";
import { formatPick, type Pick } from "@/lib/when/when-selection";
import { linkButton, muted, price, primaryButton, subheading } from "./when-styles";
import type { Act } from "./when-picker";

const WARNINGS: Record<Exclude<PickStatus, "free">, string> = {
  taken: "No longer free: send it anyway and the studio will propose another time, or remove it and pick again.",
  closed: "The studio is closed that day; remove it.",
  "not-offered": "This room does not sell this kind of session; remove it or choose another room.",
  "out-of-range": "Not on the calendar any more; remove it.",
};

type Props = { calendar: RoomCalendar; picks: Pick[]; act: Act; continueHref: string; continueLabel: string; autoFocus: boolean };

/** The times picked so far, each removable, with the rate card's estimate and the way on. */
export function PickedTimes({ calendar, picks, act, continueHref, continueLabel, autoFocus }: Props) {
  const estimate = estimatePicks(picks, calendar);
  const lockout = offerOf(calendar, "lockout");
  return (
    <div className="space-y-3">
      <h3 id="when-picked" tabIndex={-1} autoFocus={autoFocus} className={subheading}>
        Your times ({picks.length} selected)
      </h3>
      <ul className="divide-y divide-stone-200 border-y border-stone-200 dark:divide-stone-800 dark:border-stone-800">
        {picks.map((pick) => {
          const { what, shortDate, time } = describePick(pick, calendar);
          const status = pickStatus(pick, calendar);
          const line = estimate.lines.find((candidate) => candidate.pick === pick);
          return (
            <li key={formatPick(pick)} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3">
              <span>
                <span className="font-semibold">{shortDate}</span> · {what}, {time}
                {line ? <span className={muted}> · {price(line.amountMinor, calendar.currency)}{line.label === lockout?.label ? " (lockout day)" : ""}</span> : null}
              </span>
              <button {...act(`remove:${formatPick(pick)}`)} className={linkButton}>
                Remove<span className="sr-only"> {what.toLowerCase()} on {shortDate}</span>
              </button>
              {status !== "free" ? <p className="w-full font-semibold text-red-800 dark:text-red-300">{WARNINGS[status]}</p> : null}
            </li>
          );
        })}
      </ul>
      <p className="text-lg">
        Estimate from the rate card: <strong className="text-stone-950 dark:text-white">{price(estimate.totalMinor, calendar.currency)}</strong>
        <span className={muted}> · the studio confirms the price with you.</span>
      </p>
      {estimate.shortLockout.length > 0 && lockout ? (
        <p className="font-semibold text-red-800 dark:text-red-300">A lockout is at least {lockout.minDays} days in a row: add the days next to it, or pick full days instead.</p>
      ) : null}
      <p className={muted}>
        {calendar.holdHours ? `When you send your inquiry, these times are held for you for ${calendar.holdHours} hours while the studio confirms.` : "When you send your inquiry, the studio confirms these times with you."}
      </p>
      <p className="hidden sm:block">
        <a href={continueHref} className={primaryButton}>
          {continueLabel}
        </a>
      </p>
    </div>
  );
}
