/** The secret URL of a calendar feed (served by app/api/calendar-feeds/[token]); `appUrl` is env.APP_URL. */
export function calendarFeedUrl(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/+$/, "")}/api/calendar-feeds/${encodeURIComponent(token)}`;
}
