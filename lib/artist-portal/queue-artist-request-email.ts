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
 * Queues the studio's email about an artist's request: the studio should read the session as it
 * was when they asked. Reply-To is the artist.
 */
export async function queueArtistRequestEmail(
  tx: Transaction,
  { lead, session, kind, message, timeZone, now }: { lead: Lead; session: RequestedSession; kind: ArtistRequestKind; message: string; timeZone: string; now: Date },
  settings: EmailSettings,
): Promise<string> {
  const who = lead.artistName ? `${lead.artistName} (${lead.name})` : lead.name;
  const verb = kind === "MOVE" ? "move" : "cancel";
  const people = session.people.map((person) => `${person.role === "ENGINEER" ? "Engineer" : "Producer"}: ${person.name || "(no name)"}`);
  // The artist's words and the session as it stood are stored with the message; the sender
  // renders them, and the kind threads it under the studio's notification of the inquiry.
  return queueEmail(
    tx,
    ARTIST_REQUEST_EMAIL_KIND,
    {
      to: settings.studioInbox,
      replyTo: lead.email,
      // The studio's own words only: the reference and the session's day.
      subject: `Artist asks to ${verb} the session on ${formatStudioDate(session.startsAt, timeZone)} [${lead.reference}]`,
      inquiryId: lead.id,
      data: {
        reference: lead.reference,
        headline: `${who} asks to ${verb} a session`,
        rows: [
          { label: "Reference", value: lead.reference },
          { label: "Asked", value: kind === "MOVE" ? "Move this session" : "Cancel this session" },
          { label: "Session", value: formatStudioRange(session.startsAt, session.endsAt, timeZone) },
          { label: "Room", value: session.roomName },
          ...(people.length ? [{ label: "People", value: people.join(", ") }] : []),
          { label: "Status", value: session.status === "HOLD" ? "Hold (not confirmed)" : "Confirmed" },
        ],
        message,
        adminUrl: `${settings.appUrl}/admin/leads/${lead.id}`,
      },
    },
    { appUrl: settings.appUrl, now },
  );
}
