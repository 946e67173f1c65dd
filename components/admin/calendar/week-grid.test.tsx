import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CalendarSession } from "@/lib/calendar/find-live-sessions";
import { layoutWeek } from "@/lib/calendar/layout-week";
import { WeekGrid } from "./week-grid";

const DAYS = ["2026-03-30", "2026-03-31", "2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04", "2026-04-05"];
const base = { inquiryId: "10000000-0000-4000-8000-000000000000", roomId: "r", roomName: "Room <A>", sequence: 0 };
const sessions: CalendarSession[] = [
  // Monday 10:00 to 14:00 BST.
  { ...base, id: "s1", reference: "SD-HOLD1", status: "HOLD", startsAt: new Date("2026-03-30T09:00:00Z"), endsAt: new Date("2026-03-30T13:00:00Z"), people: [{ role: "ENGINEER", userId: "u1", name: "Sam" }] },
  // Friday 22:00 to Saturday 02:00 BST.
  { ...base, id: "s2", reference: "SD-CONF1", status: "CONFIRMED", startsAt: new Date("2026-04-03T21:00:00Z"), endsAt: new Date("2026-04-04T01:00:00Z"), people: [] },
];

function render(subject: Parameters<typeof WeekGrid>[0]["subject"]) {
  const layout = layoutWeek({
    days: DAYS,
    sessions,
    timeZone: "Europe/London",
    openingHours: [{ weekday: 1, opensAt: 600, closesAt: 1320 }],
    closures: [{ id: "c", startsOn: "2026-04-03", endsOn: "2026-04-03", reason: "Good Friday" }],
    today: "2026-03-31",
  });
  return renderToStaticMarkup(<WeekGrid layout={layout} subject={subject} />);
}

describe("WeekGrid", () => {
  const html = render({ kind: "room", id: "r", name: "Room <A>" });

  it("is a list of seven days, with today and closures said in words", () => {
    expect(html.match(/<li aria-current="date"|<li class="row-span-2/g)).toHaveLength(7);
    expect(html).toContain('aria-current="date"');
    expect(html).toContain("Today</span>");
    expect(html).toContain("Closed: Good Friday");
    expect(html).toContain("Open 10:00–22:00");
    expect(html).toContain('aria-label="Sessions by day: Room &lt;A&gt;"');
  });

  it("places blocks by wall-clock time over the whole day when a session crosses midnight", () => {
    // The grid runs 00:00 to 24:00; 10:00 is 41.67% down and four hours are 16.67% tall.
    expect(html).toMatch(/top:41\.666\d*%;height:16\.666\d*%/);
    expect(html).toContain("<strong>Hold</strong> 10:00–14:00");
    expect(html).toContain("<strong>Confirmed</strong> 22:00–24:00, continues the next day");
    expect(html).toContain("<strong>Confirmed</strong> 00:00–02:00, continued from the day before");
    expect(html).toContain('href="/admin/leads/10000000-0000-4000-8000-000000000000"');
    expect(html).toContain("Engineer: Sam");
  });

  it("marks holds with a dashed border, not colour alone", () => {
    const hold = html.slice(html.indexOf("SD-HOLD1") - 600, html.indexOf("SD-HOLD1"));
    expect(hold).toContain("border-dashed");
    const confirmed = html.slice(html.indexOf("SD-CONF1") - 600, html.indexOf("SD-CONF1"));
    expect(confirmed).not.toContain("border-dashed");
  });

  it("shows the room and the person's role on a person's calendar", () => {
    expect(render({ kind: "person", id: "u1", name: "Sam" })).toContain("Room &lt;A&gt; · Engineer");
  });
});
