/**
 * The iCalendar UID of one session, the same in the invitation emailed to the artist and in every
 * feed: a calendar that receives both then shows one event. The host name without its port,
 * since a UID names the event, not the address it was served from.
 */
export function sessionUid(bookingId: string, appUrl: string): string {
  return `${bookingId}@${new URL(appUrl).hostname || "studio-desk.invalid"}`;
}
