import type { ArtistSessionRequestProps } from "@/emails/artist-session-request";
import type { BookingUpdateProps } from "@/emails/booking-update";
import type { HoldEndingProps } from "@/emails/hold-ending";
import type { HoldEndingStaffProps } from "@/emails/hold-ending-staff";
import type { InvoiceIssuedProps } from "@/emails/invoice-issued";
import type { PaymentNeedsDecisionProps } from "@/emails/payment-needs-decision";
import type { ProposalSentProps } from "@/emails/proposal-sent";
import type { LeadReplyProps } from "@/emails/lead-reply";
import type { SessionReminderProps } from "@/emails/session-reminder";
import type { EmailKind } from "./email-kinds";

/** What the studio's settings supply at send time; a payload never repeats it. */
type StudioProps = "studioName" | "studioEmail" | "studioPhone";

/**
 * What each kind stores for its renderer (OutboxMessage.payload): plain data fixed when the
 * message is queued, rendered into a body by the sender. Inquiry emails are rendered from the
 * inquiry itself, and a sign-in link from its sealed payload, so they store none.
 */
export type EmailPayloads = {
  "inquiry.studio-notification": null;
  "inquiry.acknowledgement": null;
  "lead.reply": Omit<LeadReplyProps, StudioProps>;
  "booking.confirmed": Omit<BookingUpdateProps, StudioProps>;
  "booking.changed": Omit<BookingUpdateProps, StudioProps>;
  "booking.cancelled": Omit<BookingUpdateProps, StudioProps>;
  "booking.artist-request": Omit<ArtistSessionRequestProps, "studioName">;
  "booking.hold-ending": Omit<HoldEndingProps, StudioProps>;
  "booking.hold-ending-staff": Omit<HoldEndingStaffProps, "studioName">;
  "booking.preparation": Omit<SessionReminderProps, StudioProps>;
  "booking.logistics": Omit<SessionReminderProps, StudioProps>;
  "booking.follow-up": Omit<SessionReminderProps, StudioProps>;
  "proposal.sent": Omit<ProposalSentProps, StudioProps>;
  /** The invoice to attach, and the zone its dates were written in when it was queued. */
  "invoice.issued": Omit<InvoiceIssuedProps, StudioProps> & { invoiceId: string; timeZone: string };
  "payment.needs-decision": Omit<PaymentNeedsDecisionProps, "studioName">;
  "staff.sign-in-link": null;
};

// Every kind has its entry: a new kind in EMAIL_KINDS fails to compile until it says what it stores.
export type PayloadOf<K extends EmailKind> = EmailPayloads[K];
