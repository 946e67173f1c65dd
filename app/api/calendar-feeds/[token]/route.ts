// A room's or a person's private iCal feed, for calendar apps. There is no session here: the
// secret token in the URL is the authorization (an owner rotates it when it leaks), so an
// unknown token gets the same plain 404 as any missing page.
import { getDb } from "@/lib/db";
import { loadCalendarFeed } from "@/lib/calendar/load-calendar-feed";
import { emailSettings } from "@/lib/inquiries/email-settings";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  const settings = emailSettings();
  const body = await loadCalendarFeed(getDb(), token, { appUrl: settings.appUrl, studioName: settings.studio.name });
  if (body === null) {
    return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="calendar.ics"',
      // Someone's schedule: never kept by a shared cache, and fetched fresh by the calendar app.
      "Cache-Control": "private, no-store",
    },
  });
}
