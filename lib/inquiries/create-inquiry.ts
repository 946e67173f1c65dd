// Everything that happens when an artist submits an inquiry, whichever door it came through
// (the form's server action or POST /api/inquiries): validate, replay a repeated submission,
// judge spam, apply rate limits, then store the inquiry, its emails and its preferred times in one
// statement.
import { createHash, randomUUID } from "node:crypto";
import type { Database } from "../database/create-prisma-client";
import { isUniqueViolation } from "../database/driver-error";
import { ExpectedError } from "../errors/expected-error";
import { canonicalEmail } from "../rate-limit/canonical-email";
import { consumeRateLimit } from "../rate-limit/consume-rate-limit";
import { checkPreferredSlotRooms } from "./check-preferred-slot-rooms";
import { runBookingTransaction } from "../bookings/run-booking-transaction";
import { checkSessionRequest, type CheckedSessionRequest } from "../session-requests/check-session-request";
import { holdSessionRequest, markOutcome, type SessionRequestOutcome } from "../session-requests/hold-session-request";
import { queueInquiryEmails, type EmailSettings } from "./queue-inquiry-emails";
import { detectSpam, type FormSignals } from "./detect-spam";
import { generateReference } from "./generate-reference";
import { insertInquiry, type InquiryRow } from "./insert-inquiry";
import { fieldErrorsOf, inquirySchema, type Inquiry } from "./inquiry-schema";

export type CreateInquiryRequest = {
  input: unknown;
  /** One-time key from the form or the Idempotency-Key header; a repeat returns the first result. */
  idempotencyKey?: string;
  clientIp: string;
  /** Honeypot and form token for form posts; null for the JSON API. */
  formSignals: FormSignals | null;
};

export type CreateInquiryContext = {
  db: Database;
  emailSettings: EmailSettings;
  signingSecret: string;
  /** Inquiries per IP per hour; 0 turns rate limiting off. */
  ratePerHour: number;
  now?: Date;
};

export type CreatedInquiry = { id: string; reference: string; replayed: boolean; isSpam: boolean; sessionRequest?: SessionRequestOutcome };

const HOUR_SECONDS = 3_600;
/** An email address gets a smaller budget than an IP, which a household or office may share. */
const PER_EMAIL_SHARE = 0.5;
const MAX_REFERENCE_DRAWS = 5;

export async function createInquiry(request: CreateInquiryRequest, context: CreateInquiryContext): Promise<CreatedInquiry> {
  const { db, now = new Date() } = context;
  const parsed = inquirySchema.safeParse(request.input);
  if (!parsed.success) throw new ExpectedError("inquiry-invalid", { fieldErrors: fieldErrorsOf(parsed.error) });
  const inquiry = parsed.data;
  // Of the whole normalised inquiry, preferred times included: a key replayed with other times is
  // another inquiry.
  const fingerprint = createHash("sha256").update(JSON.stringify(inquiry)).digest("hex");

  if (request.idempotencyKey) {
    const earlier = await findByIdempotencyKey(db, request.idempotencyKey, fingerprint);
    if (earlier) return earlier;
  }

  await checkPreferredSlotRooms(db, inquiry.preferredSlots);
  const sessionRequest = inquiry.sessionRequest ? await checkSessionRequest(db, inquiry.sessionRequest, { now }) : null;
  const spamReason = detectSpam(request.formSignals, context.signingSecret, now);
  await enforceRateLimits(db, { ip: request.clientIp, email: inquiry.email, perHour: context.ratePerHour, now });

  for (let draw = 1; ; draw++) {
    try {
      return await storeInquiry(db, inquiry, { ...request, fingerprint, spamReason, now, settings: context.emailSettings, sessionRequest });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Either a concurrent submission with the same key won the race, or the random reference
      // collided with an existing one. The first is a replay; the second, a new draw.
      if (request.idempotencyKey) {
        const winner = await findByIdempotencyKey(db, request.idempotencyKey, fingerprint);
        if (winner) return winner;
      }
      if (draw >= MAX_REFERENCE_DRAWS) throw error;
    }
  }
}

async function storeInquiry(
  db: Database,
  inquiry: Inquiry,
  options: CreateInquiryRequest & { fingerprint: string; spamReason: string | null; now: Date; settings: EmailSettings; sessionRequest: CheckedSessionRequest | null },
): Promise<CreatedInquiry> {
  const id = randomUUID();
  const reference = generateReference();
  const isSpam = options.spamReason !== null;
  // Suspected spam is kept for the studio to review, but never emailed.
  const emails = isSpam ? [] : queueInquiryEmails({ ...inquiry, id, reference }, options.settings, options.now);
  // The request is stored as checked (options.sessionRequest), not as typed.
  const { consent, sessionRequest: _asTyped, ...fields } = inquiry; // eslint-disable-line @typescript-eslint/no-unused-vars
  const { sessionRequest } = options;
  // The requested blocks are kept as the inquiry's preferred times too: the lead page and the
  // studio's email show them whatever became of the hold.
  const requestedSlots = (sessionRequest?.blocks ?? []).map((block) => ({ roomId: sessionRequest!.roomId, startsAt: block.start.toISOString(), endsAt: block.end.toISOString() }));
  const preferredSlots = [...(fields.preferredSlots ?? []), ...requestedSlots];
  const row: InquiryRow = {
    ...fields,
    preferredSlots: preferredSlots.length > 0 ? preferredSlots : undefined,
    id,
    reference,
    // Consent is stored as the moment it was given (the schema only accepts `true`).
    consentedAt: consent && options.now,
    isSpam,
    status: isSpam ? "SPAM" : "NEW",
    spamReason: options.spamReason,
    idempotencyKey: options.idempotencyKey ?? null,
    requestFingerprint: options.fingerprint,
  };
  // The common case stays one statement; time asked for needs a transaction around the hold.
  if (!sessionRequest) {
    await insertInquiry(db, row, emails);
    return { id, reference, replayed: false, isSpam };
  }
  const outcome = await runBookingTransaction(db, async (tx) => {
    await insertInquiry(tx, row, emails);
    // Suspected spam never holds the studio's time, and neither does a studio that holds none.
    if (isSpam || sessionRequest.holdHours === null) {
      await markOutcome(tx, id, "REQUESTED");
      return { status: "REQUESTED" } as const;
    }
    return holdSessionRequest(tx, { inquiryId: id, request: sessionRequest, holdHours: sessionRequest.holdHours, now: options.now }, options.settings);
  });
  return { id, reference, replayed: false, isSpam, sessionRequest: outcome };
}

async function findByIdempotencyKey(db: Database, idempotencyKey: string, fingerprint: string): Promise<CreatedInquiry | null> {
  const earlier = await db.inquiry.findUnique({
    where: { idempotencyKey },
    select: { id: true, reference: true, isSpam: true, requestFingerprint: true, sessionRequestStatus: true, sessionRequestHeldUntil: true },
  });
  if (!earlier) return null;
  if (earlier.requestFingerprint !== fingerprint) throw new ExpectedError("idempotency-key-reused");
  const status = earlier.sessionRequestStatus;
  // As answered the first time, whatever has happened to the holds since.
  const holdExpiresAt = status === "HELD" ? (earlier.sessionRequestHeldUntil ?? undefined) : undefined;
  return { id: earlier.id, reference: earlier.reference, isSpam: earlier.isSpam, replayed: true, ...(status ? { sessionRequest: { status, holdExpiresAt } } : {}) };
}

async function enforceRateLimits(db: Database, { ip, email, perHour, now }: { ip: string; email: string; perHour: number; now: Date }) {
  if (perHour <= 0) return;
  const limits = [
    { key: `inquiry:ip:${ip}`, limit: perHour },
    // One mailbox, one budget, however its address is spelled; the address is stored as typed.
    { key: `inquiry:email:${canonicalEmail(email)}`, limit: Math.max(1, Math.floor(perHour * PER_EMAIL_SHARE)) },
  ];
  for (const { key, limit } of limits) {
    const verdict = await consumeRateLimit(db, { key, limit, windowSeconds: HOUR_SECONDS, now });
    if (!verdict.allowed) throw rateLimited(verdict.retryAfterSeconds);
  }
}

function rateLimited(retryAfterSeconds: number): ExpectedError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const message = `We have received several inquiries from you in a short time. Please try again in about ${minutes} minute${minutes === 1 ? "" : "s"}, or email us directly.`;
  return new ExpectedError("inquiry-rate-limited", message, { retryAfterSeconds });
}
