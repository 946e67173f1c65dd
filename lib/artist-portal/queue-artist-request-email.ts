import type { ArtistRequestKind } from "../generated/prisma/client";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { queueEmail } from "../outbox/queue-email";
import type { Transaction } from "../database/transaction";
import { formatStudioDate, formatStudioRange } from "../time/format-studio-time";

export const ARTIST_REQUEST_EMAIL_KIND = "booking.artist-request" as const;

export type RequestedSession = {
  id: string;
  status: "HOLD" | "CONFIRMED";
  startsAt: Date;
  endsAt: Date;
  roomName: string;
  people: { role: string; name: string | null }[];
};

type Lead = { id: string; reference: string; email: string; name: string; artistName: string | null };

/**
 * Queues the studio's email about an artist's request about one session, or every live day of a
 * booking: the studio should read them as they were when they asked. Reply-To is the artist.
 */
export async function queueArtistRequestEmail(
  tx: Transaction,
  { lead, sessions, kind, message, timeZone, now, proposed, movedAtOnce = false }: {
    lead: Lead;
    sessions: RequestedSession[];
    kind: ArtistRequestKind;
    message: string;
    timeZone: string;
    now: Date;
    /** For a move: the free time the artist picked (to approve, or where it went at once). */
    proposed?: { start: Date; end: Date };
    movedAtOnce?: boolean;
  },
  settings: EmailSettings,
): Promise<string> {
  const who = lead.artistName ? `${lead.artistName} (${lead.name})` : lead.name;
  const verb = kind === "MOVE" ? "move" : "cancel";
  const several = sessions.length > 1;
  const first = sessions[0]!;
  const peopleOf = (session: RequestedSession) => session.people.map((person) => `${person.role === "ENGINEER" ? "Engineer" : "Producer"}: ${person.name || "(no name)"}`);
  const status = (session: RequestedSession) => (session.status === "HOLD" ? "hold (not confirmed)" : "confirmed");
  // The artist's words and the session as it stood are stored with the message; the sender
  // renders them, and the kind threads it under the studio's notification of the inquiry.
  return queueEmail(
    tx,
    ARTIST_REQUEST_EMAIL_KIND,
    {
      to: settings.studioInbox,
      replyTo: lead.email,
      // The studio's own words only: the reference and the session's day.
      subject: movedAtOnce
        ? `Artist moved the session on ${formatStudioDate(first.startsAt, timeZone)} [${lead.reference}]`
        : several
        ? `Artist asks to ${verb} the booking of ${sessions.length} days from ${formatStudioDate(first.startsAt, timeZone)} [${lead.reference}]`
        : `Artist asks to ${verb} the session on ${formatStudioDate(first.startsAt, timeZone)} [${lead.reference}]`,
      inquiryId: lead.id,
      data: {
        reference: lead.reference,
        headline: movedAtOnce ? `${who} moved a session` : several ? `${who} asks to ${verb} a booking of ${sessions.length} days` : `${who} asks to ${verb} a session`,
        rows: [
          { label: "Reference", value: lead.reference },
          { label: "Asked", value: movedAtOnce ? "Moved at once (your settings allow it)" : `${kind === "MOVE" ? "Move" : "Cancel"} ${several ? "every day of this booking" : "this session"}` },
          ...(proposed ? [{ label: movedAtOnce ? "Now" : "To", value: formatStudioRange(proposed.start, proposed.end, timeZone) }] : []),
          ...sessions.map((session, index) => ({
            label: several ? `Day ${index + 1}` : movedAtOnce ? "Was" : "Session",
            value: [`${formatStudioRange(session.startsAt, session.endsAt, timeZone)}, ${session.roomName}`, ...peopleOf(session), status(session)].join(" · "),
          })),
        ],
        message,
        adminUrl: `${settings.appUrl}/admin/leads/${lead.id}`,
      },
    },
    { appUrl: settings.appUrl, now },
  );
}
