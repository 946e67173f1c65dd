import { createElement } from "react";
import { ArtistSessionRequest } from "@/emails/artist-session-request";
import { BookingUpdate } from "@/emails/booking-update";
import { HoldEnding } from "@/emails/hold-ending";
import { HoldEndingStaff } from "@/emails/hold-ending-staff";
import { InvoiceIssued } from "@/emails/invoice-issued";
import { PaymentNeedsDecision } from "@/emails/payment-needs-decision";
import { ProposalSent } from "@/emails/proposal-sent";
import { SessionReminder } from "@/emails/session-reminder";
import { LeadReply } from "@/emails/lead-reply";
import { renderSignInLink } from "../auth/render-sign-in-link";
import { invoiceFileName } from "../billing/invoice-labels";
import { renderInvoicePdf } from "../billing/render-invoice-pdf";
import type { Database } from "../database/create-prisma-client";
import type { EmailAttachment } from "../email/mail-sender";
import { renderEmail } from "../email/render-email";
import type { Inquiry, OutboxMessage } from "../generated/prisma/client";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { PREFERRED_SLOTS_QUERY, preferredSlotView, type PreferredSlotView } from "../inquiries/load-preferred-slots";
import { renderInquiryEmail } from "../inquiries/render-inquiry-email";
import { sealingSecret } from "../security/sealed-text";
import { batchLoader } from "./batch-loader";
import { isEmailKind, type EmailKind } from "./email-kinds";
import type { EmailPayloads } from "./email-payloads";

/** A message's bodies, and the files it carries (made at every attempt, never stored: see EMAIL_KINDS' attachesFiles). */
export type RenderedMessage = { html: string; text: string; attachments?: EmailAttachment[] };
export type MessageRenderer = (message: OutboxMessage) => Promise<RenderedMessage>;

type InquiryWithSlots = Inquiry & { preferredSlots: PreferredSlotView[] };
type RenderContext = { db: Database; settings: EmailSettings; authSecret?: string; inquiry: (id: string) => Promise<InquiryWithSlots | undefined> };
type Renderer<K extends EmailKind> = (message: OutboxMessage, payload: EmailPayloads[K], context: RenderContext) => Promise<RenderedMessage>;

const fromInquiry: Renderer<"inquiry.studio-notification" | "inquiry.acknowledgement"> = async (message, _payload, { db, settings, authSecret, inquiry: load }) => {
  const inquiry = message.inquiryId ? await load(message.inquiryId) : undefined;
  if (!inquiry) throw new Error(`Outbox message ${message.id} has no inquiry to render from`);
  // The key is passed along (even when unset) so rendering never reads the environment itself:
  // the worker process has no Next.js server environment to read it from.
  return renderInquiryEmail(message.kind, inquiry, settings, { db, authSecret, preferredSlots: inquiry.preferredSlots });
};

/** The inquiries of a batch of messages, with their preferred times, in two reads. */
function inquiryLoader(db: Database) {
  return batchLoader(async (ids: string[]) => {
    const inquiries = await db.inquiry.findMany({
      where: { id: { in: ids } },
      include: { preferredSlots: PREFERRED_SLOTS_QUERY },
    });
    const timeZone = inquiries.some((inquiry) => inquiry.preferredSlots.length > 0)
      ? (await db.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } })).timeZone
      : "UTC";
    return new Map(
      inquiries.map((inquiry) => [
        inquiry.id,
        {
          ...inquiry,
          preferredSlots: inquiry.preferredSlots.map((slot) => preferredSlotView(slot, timeZone)),
        },
      ]),
    );
  });
}
const studioOf = ({ studio }: EmailSettings) => ({ studioName: studio.name, studioEmail: studio.email, studioPhone: studio.phone });
const bookingUpdate: Renderer<"booking.confirmed" | "booking.changed" | "booking.cancelled"> = async (_message, payload, { settings }) =>
  renderEmail(createElement(BookingUpdate, { ...singleSessionLegacy(payload), ...studioOf(settings) }));

const sessionReminder: Renderer<"booking.preparation" | "booking.logistics" | "booking.follow-up"> = async (_message, payload, { settings }) =>
  renderEmail(createElement(SessionReminder, { ...payload, ...studioOf(settings) }));

/** The email and the invoice's PDF, drawn from the invoice itself (immutable, so the same at every attempt). */
const invoiceIssued: Renderer<"invoice.issued"> = async (message, { invoiceId, timeZone, ...props }, { db, settings }) => {
  const invoice = await db.invoice.findUnique({ where: { id: invoiceId }, include: { creditsInvoice: { select: { number: true } } } });
  if (!invoice) throw new Error(`Outbox message ${message.id} names invoice ${invoiceId}, which does not exist`);
  const [body, pdf] = await Promise.all([
    renderEmail(createElement(InvoiceIssued, { ...props, ...studioOf(settings) })),
    renderInvoicePdf(invoice, { studioName: settings.studio.name, timeZone }),
  ]);
  return { ...body, attachments: [{ filename: invoiceFileName(invoice.number), contentType: "application/pdf", content: pdf }] };
};

/**
 * Booking emails queued before bookings grouped their days stored one session as `when` and
 * `room` (and `before`, `people`) at the top level; they still wait in outboxes and render as a
 * list of one.
 */
function singleSessionLegacy<P extends { sessions: unknown[] }>(payload: P): P {
  if (Array.isArray(payload.sessions)) return payload;
  const { when, room, before, people } = payload as unknown as Record<string, unknown>;
  return { ...payload, sessions: [{ when, room, before: before ?? null, people: people ?? [] }] };
}

/** Every kind's renderer; a kind without one does not compile. */
const RENDERERS: { [K in EmailKind]: Renderer<K> } = {
  "inquiry.studio-notification": fromInquiry,
  "inquiry.acknowledgement": fromInquiry,
  "lead.reply": async (_message, payload, { settings }) => renderEmail(createElement(LeadReply, { ...payload, ...studioOf(settings) })),
  "booking.confirmed": bookingUpdate,
  "booking.changed": bookingUpdate,
  "booking.cancelled": bookingUpdate,
  "booking.hold-ending": async (_message, payload, { settings }) => renderEmail(createElement(HoldEnding, { ...singleSessionLegacy(payload), ...studioOf(settings) })),
  "booking.hold-ending-staff": async (_message, payload, { settings }) => renderEmail(createElement(HoldEndingStaff, { ...payload, studioName: settings.studio.name })),
  "booking.preparation": sessionReminder,
  "booking.logistics": sessionReminder,
  "booking.follow-up": sessionReminder,
  "booking.artist-request": async (_message, payload, { settings }) => renderEmail(createElement(ArtistSessionRequest, { ...payload, studioName: settings.studio.name })),
  "proposal.sent": async (_message, payload, { settings }) => renderEmail(createElement(ProposalSent, { ...payload, ...studioOf(settings) })),
  "invoice.issued": invoiceIssued,
  "payment.needs-decision": async (_message, payload, { settings }) => renderEmail(createElement(PaymentNeedsDecision, { ...payload, studioName: settings.studio.name })),
  "staff.sign-in-link": async (message, _payload, { db, settings, authSecret }) =>
    renderSignInLink(message, { secret: await sealingSecret(db, authSecret), studioName: settings.studio.name }),
};

/**
 * Renders a queued message's body at send time, by its kind: from the record it is about (an
 * inquiry), from the data stored with it (payload), or from its sealed payload (a sign-in link,
 * opened with the secret that sealed it: AUTH_SECRET, or in development the database-held key).
 */
export function createMessageRenderer(db: Database, settings: EmailSettings, { authSecret }: { authSecret?: string } = {}): MessageRenderer {
  const context: RenderContext = { db, settings, authSecret, inquiry: inquiryLoader(db) };
  return async (message) => {
    if (!isEmailKind(message.kind)) throw new Error(`Outbox message ${message.id} is of an unknown kind, ${JSON.stringify(message.kind)}`);
    const render = RENDERERS[message.kind] as Renderer<EmailKind>;
    return render(message, message.payload as EmailPayloads[EmailKind], context);
  };
}
