import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { ArtistSessionRequest } from "@/emails/artist-session-request";
import { headerSafe } from "../email/header-safe";
import { messageIdFor } from "../email/message-id";
import { renderEmail } from "../email/render-email";
import type { ArtistRequestKind } from "../generated/prisma/client";
import { INQUIRY_EMAIL_KINDS, type EmailSettings } from "../inquiries/queue-inquiry-emails";
import type { Transaction } from "../leads/lock-lead";
import { formatSessionDay, formatSessionRange } from "../time/format-session-time";

export const ARTIST_REQUEST_EMAIL_KIND = "booking.artist-request";

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
 * Queues the studio's email about an artist's request, rendered now: the artist's words are kept
 * with the request, and the studio should read the session as it was when they asked. Reply-To
 * is the artist, and it threads under the studio's notification of the inquiry.
 */
export async function queueArtistRequestEmail(
  tx: Transaction,
  { lead, session, kind, message, timeZone, now }: { lead: Lead; session: RequestedSession; kind: ArtistRequestKind; message: string; timeZone: string; now: Date },
  settings: EmailSettings,
): Promise<string> {
  const who = lead.artistName ? `${lead.artistName} (${lead.name})` : lead.name;
  const verb = kind === "MOVE" ? "move" : "cancel";
  const people = session.people.map((person) => `${person.role === "ENGINEER" ? "Engineer" : "Producer"}: ${person.name || "(no name)"}`);
  const { html, text } = await renderEmail(
    createElement(ArtistSessionRequest, {
      studioName: settings.studio.name,
      reference: lead.reference,
      headline: `${who} asks to ${verb} a session`,
      rows: [
        { label: "Reference", value: lead.reference },
        { label: "Asked", value: kind === "MOVE" ? "Move this session" : "Cancel this session" },
        { label: "Session", value: formatSessionRange(session.startsAt, session.endsAt, timeZone) },
        { label: "Room", value: session.roomName },
        ...(people.length ? [{ label: "People", value: people.join(", ") }] : []),
        { label: "Status", value: session.status === "HOLD" ? "Hold (not confirmed)" : "Confirmed" },
      ],
      message,
      adminUrl: `${settings.appUrl}/admin/leads/${lead.id}`,
    }),
  );
  const notification = await tx.outboxMessage.findFirst({
    where: { inquiryId: lead.id, kind: INQUIRY_EMAIL_KINDS.studioNotification },
    select: { messageId: true },
  });
  const id = randomUUID();
  await tx.outboxMessage.create({
    data: {
      id,
      kind: ARTIST_REQUEST_EMAIL_KIND,
      inquiryId: lead.id,
      toAddress: settings.studioInbox,
      replyTo: lead.email,
      // The studio's own words only: the reference and the session's day.
      subject: headerSafe(`Artist asks to ${verb} the session on ${formatSessionDay(session.startsAt, timeZone)} [${lead.reference}]`, 300),
      textBody: text,
      htmlBody: html,
      messageId: messageIdFor(id, settings.appUrl),
      inReplyTo: notification?.messageId ?? null,
      references: notification?.messageId ?? null,
      nextAttemptAt: now,
      createdAt: now,
    },
  });
  return id;
}
