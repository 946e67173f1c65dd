import type { Database } from "../database/create-prisma-client";
import type { InquiryStatus, LeadEventType, OutboxStatus } from "../generated/prisma/client";
import { isUuid } from "../validation/is-uuid";
import { LEAD_EMAIL_KINDS } from "./queue-lead-reply";

export type Person = { id: string; name: string | null; email: string };

export type TimelineItem =
  | { kind: "created"; at: Date }
  | { kind: "status"; at: Date; actor: Person | null; from: InquiryStatus | null; to: InquiryStatus | null }
  | { kind: "assigned"; at: Date; actor: Person | null; assignee: Person | null }
  | { kind: "note"; at: Date; id: string; author: Person | null; body: string }
  | {
      kind: "email";
      /** When it was queued, or queued again by a retry (which restarts its day of tries). */
      at: Date;
      id: string;
      /** e.g. "inquiry.acknowledgement", "lead.reply" */
      emailKind: string;
      toAddress: string;
      subject: string;
      status: OutboxStatus;
      attempts: number;
      lastError: string | null;
      sentAt: Date | null;
      nextAttemptAt: Date;
      /** Replies only: who wrote it, and the text as sent. */
      queuedBy: Person | null;
      text: string | null;
    }
  | { kind: "retried"; at: Date; actor: Person | null; emailId: string | null }
  | { kind: "erased"; at: Date; actor: Person | null }
  | {
      kind: "session";
      at: Date;
      /** Null for what happened on its own (a hold expiring) or came from the artist. */
      actor: Person | null;
      change: SessionChange;
      /** The session as it is now (a moved session shows where it went). */
      /** The session as it was at that moment (as it is now, for events recorded before that was kept). */
      session: { startsAt: Date; endsAt: Date; roomName: string } | null;
      /** For a move: where and when it was before. */
      movedFrom: { startsAt: Date; endsAt: Date; roomName: string } | null;
      /** What the artist wrote when asking to cancel or move. */
      message: string | null;
    }
  | { kind: "money"; at: Date; actor: Person | null; change: MoneyChange; documentNumber: string | null; amountMinor: number | null };

export type MoneyChange = "proposal-sent" | "proposal-accepted" | "invoice-issued" | "payment-recorded" | "refund-recorded" | "payment-needs-decision";

const MONEY_CHANGES: Partial<Record<LeadEventType, MoneyChange>> = {
  PROPOSAL_SENT: "proposal-sent",
  PROPOSAL_ACCEPTED: "proposal-accepted",
  INVOICE_ISSUED: "invoice-issued",
  PAYMENT_RECORDED: "payment-recorded",
  REFUND_RECORDED: "refund-recorded",
  PAYMENT_NEEDS_DECISION: "payment-needs-decision",
};

export type SessionChange = "held" | "confirmed" | "moved" | "cancelled" | "expired" | "artist-asked-to-cancel" | "artist-asked-to-move" | "artist-moved";

const SESSION_CHANGES: Partial<Record<LeadEventType, SessionChange>> = {
  SESSION_HELD: "held",
  SESSION_CONFIRMED: "confirmed",
  SESSION_MOVED: "moved",
  SESSION_CANCELLED: "cancelled",
  SESSION_EXPIRED: "expired",
  ARTIST_ASKED_TO_CANCEL: "artist-asked-to-cancel",
  ARTIST_ASKED_TO_MOVE: "artist-asked-to-move",
  ARTIST_MOVED_SESSION: "artist-moved",
};

// Order of things that happened at the same moment, e.g. a reply and the move to CONTACTED it caused.
const SAME_MOMENT_ORDER: Record<TimelineItem["kind"], number> = { created: 0, retried: 1, email: 2, status: 3, assigned: 4, note: 5, session: 6, money: 7, erased: 8 };

/** Everything that happened to a lead, oldest first: one query per table. Empty for an unknown lead. */
export async function loadLeadTimeline(db: Database, leadId: string): Promise<TimelineItem[]> {
  if (!isUuid(leadId)) return [];
  const [lead, events, notes, emails, sessions, requests] = await Promise.all([
    db.inquiry.findUnique({ where: { id: leadId }, select: { createdAt: true } }),
    db.leadEvent.findMany({ where: { inquiryId: leadId } }),
    db.leadNote.findMany({ where: { inquiryId: leadId } }),
    db.outboxMessage.findMany({
      where: { inquiryId: leadId },
      omit: { htmlBody: true, inquiryId: true, messageId: true, inReplyTo: true, references: true, replyTo: true, updatedAt: true, calendarContent: true, sealedPayload: true },
    }),
    db.booking.findMany({ where: { inquiryId: leadId }, select: { id: true, startsAt: true, endsAt: true, room: { select: { name: true } } } }),
    db.artistRequest.findMany({ where: { inquiryId: leadId }, select: { bookingId: true, kind: true, message: true, createdAt: true } }),
  ]);
  if (!lead) return [];
  const userIds = new Set([...events.flatMap((event) => [event.actorId, event.assigneeId]), ...notes.map((note) => note.authorId)]);
  userIds.delete(null);
  const users = await db.user.findMany({ where: { id: { in: [...userIds] as string[] } }, select: { id: true, name: true, email: true } });
  const person = (id: string | null) => users.find((user) => user.id === id) ?? null;
  const replyAuthor = new Map(events.filter((event) => event.type === "REPLY_QUEUED").map((event) => [event.outboxMessageId, event.actorId]));

  const items: TimelineItem[] = [{ kind: "created", at: lead.createdAt }];
  for (const event of events) {
    const base = { at: event.createdAt, actor: person(event.actorId) };
    if (event.type === "STATUS_CHANGED") items.push({ kind: "status", ...base, from: event.fromStatus, to: event.toStatus });
    else if (event.type === "ASSIGNED") items.push({ kind: "assigned", ...base, assignee: person(event.assigneeId) });
    else if (event.type === "EMAIL_RETRIED") items.push({ kind: "retried", ...base, emailId: event.outboxMessageId });
    else if (event.type === "ERASED") items.push({ kind: "erased", ...base });
    else if (MONEY_CHANGES[event.type]) items.push({ kind: "money", ...base, change: MONEY_CHANGES[event.type]!, documentNumber: event.documentNumber, amountMinor: event.amountMinor });
    else if (SESSION_CHANGES[event.type]) {
      const session = sessions.find((candidate) => candidate.id === event.bookingId);
      // The artist's words are on their request, written in the same transaction as the event.
      const request = event.type.startsWith("ARTIST_")
        ? requests.find((candidate) => candidate.bookingId === event.bookingId && candidate.createdAt.getTime() === event.createdAt.getTime())
        : undefined;
      items.push({
        kind: "session",
        ...base,
        change: SESSION_CHANGES[event.type]!,
        session: recorded(event.sessionStartsAt, event.sessionEndsAt, event.sessionRoom) ?? (session ? { startsAt: session.startsAt, endsAt: session.endsAt, roomName: session.room.name } : null),
        movedFrom: recorded(event.movedFromStartsAt, event.movedFromEndsAt, event.movedFromRoom),
        message: request?.message || null,
      });
    }
    // REPLY_QUEUED is shown as the email it queued (queuedBy).
  }
  for (const note of notes) items.push({ kind: "note", at: note.createdAt, id: note.id, author: person(note.authorId), body: note.body });
  for (const email of emails) {
    const reply = email.kind === LEAD_EMAIL_KINDS.reply;
    items.push({
      kind: "email",
      at: email.createdAt,
      id: email.id,
      emailKind: email.kind,
      toAddress: email.toAddress,
      subject: email.subject,
      status: email.status,
      attempts: email.attempts,
      lastError: email.lastError,
      sentAt: email.sentAt,
      nextAttemptAt: email.nextAttemptAt,
      queuedBy: reply ? person(replyAuthor.get(email.id) ?? null) : null,
      // The words as written (rendered into the email by the sender); a reply queued before bodies
      // were rendered at send time has only its rendered text.
      text: reply ? (replyWords(email.payload) ?? email.textBody) : null,
    });
  }
  return items.sort((a, b) => a.at.getTime() - b.at.getTime() || SAME_MOMENT_ORDER[a.kind] - SAME_MOMENT_ORDER[b.kind]);
}

function replyWords(payload: unknown): string | null {
  const body = (payload as { body?: unknown } | null)?.body;
  return typeof body === "string" ? body : null;
}

function recorded(startsAt: Date | null, endsAt: Date | null, roomName: string | null) {
  return startsAt && endsAt ? { startsAt, endsAt, roomName: roomName ?? "a room since removed" } : null;
}
