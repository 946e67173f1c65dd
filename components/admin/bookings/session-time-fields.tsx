import { adminInputClass, adminLabelClass } from "../styles";

const EXTRA_DATES = 3;

type Props = {
  /** Prefix for ids, so several of these forms can share a page. */
  idPrefix: string;
  /** Only for the new-sessions form: several dates at once. */
  multipleDates?: boolean;
  defaults?: { date?: string; startTime?: string; endTime?: string; wholeDay?: boolean };
  canOverrideHours: boolean;
};

/** Dates and times of a session, in the studio's time zone (named by the caller). */
export function SessionTimeFields({ idPrefix, multipleDates, defaults = {}, canOverrideHours }: Props) {
  const id = (name: string) => `${idPrefix}${name}`;
  return (
    <>
      <fieldset className="space-y-2">
        <legend className={adminLabelClass}>{multipleDates ? "Dates" : "Date"}</legend>
        <label htmlFor={id("dates")} className="sr-only">
          {multipleDates ? "First date" : "Date"}
        </label>
        <input id={id("dates")} name="date" type="date" required defaultValue={defaults.date} className={adminInputClass} />
        {multipleDates
          ? Array.from({ length: EXTRA_DATES }, (_, index) => (
              <div key={index}>
                <label htmlFor={id(`date-${index + 2}`)} className="text-sm">
                  Another date (optional)
                </label>
                <input id={id(`date-${index + 2}`)} name="date" type="date" className={adminInputClass} />
              </div>
            ))
          : null}
      </fieldset>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor={id("startTime")} className={adminLabelClass}>Start</label>
          <input id={id("startTime")} name="startTime" type="time" step={900} defaultValue={defaults.startTime} className={adminInputClass} />
        </div>
        <div>
          <label htmlFor={id("endTime")} className={adminLabelClass}>End</label>
          <input id={id("endTime")} name="endTime" type="time" step={900} defaultValue={defaults.endTime} className={adminInputClass} aria-describedby={id("endTime-hint")} />
          <p id={id("endTime-hint")} className="text-sm text-stone-600 dark:text-stone-400">An end before the start runs past midnight.</p>
        </div>
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="wholeDay" defaultChecked={defaults.wholeDay} />
        Whole day at the day rates (leave the times empty for opening hours)
      </label>
      {canOverrideHours ? (
        <label className="flex items-center gap-2">
          <input type="checkbox" name="overrideHours" />
          Book outside opening hours or on a closure
        </label>
      ) : null}
    </>
  );
}
