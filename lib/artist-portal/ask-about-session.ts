import type { Database } from "../database/create-prisma-client";
import type { Transaction } from "../database/transaction";
import type { ArtistRequestKind, BookingStatus } from "../generated/prisma/client";
import { ExpectedError, isExpectedError } from "../errors/expected-error";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { lockLead } from "../leads/lock-lead";
import { consumeRateLimit } from "../rate-limit/consume-rate-limit";
import { loadStudioSettings } from "../studio/load-studio-settings";
import { artistRequestFieldErrors, artistRequestSchema } from "./artist-request-schema";
import { isLiveSession } from "./is-live-session";
import { queueArtistRequestEmail, type RequestedSession } from "./queue-artist-request-email";
import { verifyArtistLink } from "./verify-artist-link";
import { listMoveOptions, moveOptionValue } from "./list-move-options";
import { moveOwnSession, TAKEN_MEANWHILE } from "./move-own-session";

const DAY_MS = 86_400_000;
import { recordSessionEvent } from "../bookings/record-session-event";

export type AskAboutSessionContext = {
  db: Database;
  /** env.AUTH_SECRET (undefined: the database-held key), as for the link itself. */
  authSecret: string | undefined;
  emailSettings: EmailSettings;
  /** Requests per inquiry per hour; 0 turns the limit off. */
  ratePerHour: number;
};

export type AskAboutSessionInput = { token: unknown; bookingId: unknown; scope?: unknown; kind: unknown; moveTo?: unknown; message: unknown; now?: Date };

type SessionRow = { id: string; groupId: string; status: BookingStatus; startsAt: Date; endsAt: Date; holdExpiresAt: Date | null; roomName: string };

export type AskAboutSessionResult =
  | { outcome: "asked" | "already-asked"; kind: ArtistRequestKind; requestId: string }
  /** Moved at once to the time picked (the studio's settings allow it); the new times. */
  | { outcome: "moved"; kind: "MOVE"; startsAt: Date; endsAt: Date };

/**
 * The artist, from their private page, asks the studio to cancel or move one of their live
 * sessions, or every live day of its booking (scope "booking"). A move may name one of the free
 * times listed for it (list-move-options.ts): the studio approves it with one click, or, when its
 * settings allow and the session is far enough ahead, it happens at once (move-own-session.ts).
 * Otherwise nothing about the session changes: the request, a timeline event and an email to the
 * studio are written together, and the studio acts on it. The caller asks for delivery
 * (requestOutboxDelivery) when the outcome is "asked". A second ask of the same kind while the
 * first is unhandled is answered with the first.
 */
export async function askAboutSession(context: AskAboutSessionContext, input: AskAboutSessionInput): Promise<AskAboutSessionResult> {
  const { db, authSecret, emailSettings, ratePerHour } = context;
  const now = input.now ?? new Date();
  const inquiryId = await verifyArtistLink(db, input.token, { authSecret, now });
  if (!inquiryId) throw new ExpectedError("artist-link-invalid");
  const parsed = artistRequestSchema.safeParse({ bookingId: input.bookingId, scope: input.scope ?? undefined, kind: input.kind, moveTo: input.moveTo ?? undefined, message: input.message ?? "" });
  if (!parsed.success) throw new ExpectedError("artist-request-invalid", { fieldErrors: artistRequestFieldErrors(parsed.error) });
  const { bookingId, scope, kind, moveTo, message } = parsed.data;

  if (ratePerHour > 0) {
    const verdict = await consumeRateLimit(db, { key: `artist-request:${inquiryId}`, limit: ratePerHour, windowSeconds: 3_600, now });
    if (!verdict.allowed) throw rateLimited(verdict.retryAfterSeconds);
  }
  const settings = await loadStudioSettings(db);
  const { timeZone } = settings;
  const proposed = kind === "MOVE" && moveTo ? await pickedTime(db, { inquiryId, bookingId, moveTo, now }) : undefined;
  if (proposed && settings.artistMovesAtOnce && proposed.sessionStartsAt.getTime() - now.getTime() >= settings.artistMoveNoticeDays * DAY_MS) {
    await moveOwnSession(db, { inquiryId, bookingId, to: proposed.to, message, timeZone, now }, emailSettings);
    return { outcome: "moved", kind: "MOVE", startsAt: proposed.to.start, endsAt: proposed.to.end };
  }

  return db.$transaction(async (tx) => {
    // The lead's exclusive lock keeps an erasure out until the commit and makes two asks at once
    // take turns, so the second sees the first and is not written twice.
    const lead = await lockLead(tx, inquiryId, "update").catch((error: unknown) => {
      throw isExpectedError(error, "lead-not-found", "lead-erased") ? new ExpectedError("artist-link-invalid") : error;
    });
    // Shared: the studio cannot cancel or move it under us, and can once we commit.
    const [booking] = await tx.$queryRaw<SessionRow[]>`
      SELECT b."id", b."groupId", b."status", b."startsAt", b."endsAt", b."holdExpiresAt", r."name" AS "roomName"
      FROM "Booking" b JOIN "Room" r ON r."id" = b."roomId"
      WHERE b."id" = ${bookingId}::uuid AND b."inquiryId" = ${inquiryId}::uuid FOR SHARE OF b`;
    if (!booking) throw new ExpectedError("session-not-askable", "This session is not part of your inquiry.");
    if (!isLiveSession(booking, now)) {
      throw new ExpectedError("session-not-askable", booking.status === "CANCELLED" ? "This session is cancelled already." : "This hold has lapsed, so there is nothing to change.");
    }
    const whole = scope === "booking";
    const about = { groupId: booking.groupId, bookingId: whole ? null : booking.id };
    const open = await tx.artistRequest.findFirst({ where: { ...about, kind, handledAt: null }, orderBy: { createdAt: "asc" }, select: { id: true } });
    if (open) return { outcome: "already-asked" as const, kind, requestId: open.id };

    const sessions = whole ? (await liveDaysOf(tx, booking.groupId)).filter((day) => isLiveSession(day, now)) : [booking];
    const people = await tx.bookingPerson.findMany({ where: { bookingId: { in: sessions.map((day) => day.id) } }, orderBy: { role: "asc" }, select: { bookingId: true, role: true, user: { select: { name: true } } } });
    const details = await tx.inquiry.findUniqueOrThrow({ where: { id: inquiryId }, select: { name: true, artistName: true } });
    const request = await tx.artistRequest.create({
      data: { inquiryId, ...about, kind, message, proposedStartsAt: proposed?.to.start ?? null, proposedEndsAt: proposed?.to.end ?? null, createdAt: now },
      select: { id: true },
    });
    // Each day asked about says so on the timeline, as it stood then.
    for (const day of sessions) {
      await recordSessionEvent(tx, { type: kind === "MOVE" ? "ARTIST_ASKED_TO_MOVE" : "ARTIST_ASKED_TO_CANCEL", leadId: inquiryId, bookingId: day.id, actorId: null, now });
    }
    await queueArtistRequestEmail(
      tx,
      {
        lead: { id: inquiryId, reference: lead.reference, email: lead.email, ...details },
        sessions: sessions.map((day) => ({
          ...day,
          status: day.status as RequestedSession["status"],
          people: people.filter((person) => person.bookingId === day.id).map((person) => ({ role: person.role, name: person.user.name })),
        })),
        kind,
        message,
        timeZone,
        now,
        proposed: proposed?.to,
      },
      emailSettings,
    );
    return { outcome: "asked" as const, kind, requestId: request.id };
  });
}

/** The free time the artist picked, found again among the session's options now (never taken on trust). */
async function pickedTime(db: Database, { inquiryId, bookingId, moveTo, now }: { inquiryId: string; bookingId: string; moveTo: string; now: Date }) {
  const session = await db.booking.findFirst({ where: { id: bookingId, inquiryId }, select: { id: true, roomId: true, startsAt: true, endsAt: true, pricing: true } });
  const to = session ? (await listMoveOptions(db, [session], now)).get(session.id)!.find((option) => moveOptionValue(option) === moveTo) : undefined;
  if (!session || !to) throw new ExpectedError("artist-request-invalid", { fieldErrors: { moveTo: [TAKEN_MEANWHILE] } });
  return { to, sessionStartsAt: session.startsAt };
}

async function liveDaysOf(tx: Transaction, groupId: string): Promise<SessionRow[]> {
  return tx.$queryRaw<SessionRow[]>`
    SELECT b."id", b."groupId", b."status", b."startsAt", b."endsAt", b."holdExpiresAt", r."name" AS "roomName"
    FROM "Booking" b JOIN "Room" r ON r."id" = b."roomId"
    WHERE b."groupId" = ${groupId}::uuid AND b."status" IN ('HOLD', 'CONFIRMED') ORDER BY b."startsAt" FOR SHARE OF b`;
}

function rateLimited(retryAfterSeconds: number): ExpectedError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const message = `We have received several requests from this page in a short time. Please try again in about ${minutes} minute${minutes === 1 ? "" : "s"}, or email us.`;
  return new ExpectedError("artist-rate-limited", message, { retryAfterSeconds });
}
