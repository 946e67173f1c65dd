import { AdminForm } from "../admin-form";
import { secondaryButtonClass } from "../styles";
import type { AdminActionState } from "@/lib/auth/admin-action-state";
import type { CalendarFeedView } from "@/lib/studio/list-calendar-feeds";

type Props = { feeds: (CalendarFeedView & { url: string })[]; action: (state: AdminActionState, formData: FormData) => Promise<AdminActionState> };

const kindLabel = { room: "Room", person: "Person" } as const;

/** Each room's and person's secret iCal URL, and a way to replace it when it has leaked. */
export function CalendarFeedsSection({ feeds, action }: Props) {
  if (feeds.length === 0) return <p>No rooms or people yet.</p>;
  return (
    // The URLs are long: on a phone the table scrolls inside its box, not the page.
    <div className="relative overflow-x-auto">
    <table className="w-full text-left">
      <caption className="sr-only">Calendar feeds</caption>
      <thead>
        <tr className="border-b border-stone-300 dark:border-stone-700">
          <th scope="col" className="py-2 pr-4">Calendar</th>
          <th scope="col" className="py-2 pr-4">Secret feed URL</th>
          <th scope="col" className="py-2"><span className="sr-only">Rotate</span></th>
        </tr>
      </thead>
      <tbody>
        {feeds.map((feed) => (
          <tr key={`${feed.kind}-${feed.id}`} className="border-b border-stone-200 align-top dark:border-stone-800">
            <th scope="row" className="py-2 pr-4 font-normal">
              <span className="text-stone-700 dark:text-stone-300">{kindLabel[feed.kind]}:</span> <span className="font-semibold">{feed.label}</span>
            </th>
            <td className="py-2 pr-4">
              <code className="text-sm break-all">{feed.url}</code>
            </td>
            <td className="py-2">
              <AdminForm
                action={action}
                submitLabel={`Rotate ${feed.label} feed`}
                buttonClass={secondaryButtonClass}
                confirm={`Give ${feed.label}'s feed a new URL? Calendars subscribed to the old one stop updating.`}
              >
                <input type="hidden" name="kind" value={feed.kind} />
                <input type="hidden" name="id" value={feed.id} />
              </AdminForm>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
