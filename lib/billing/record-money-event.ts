import type { Transaction } from "../database/transaction";
import type { LeadEventType } from "../generated/prisma/client";

type MoneyEvent = {
  type: Extract<LeadEventType, "PROPOSAL_SENT" | "PROPOSAL_ACCEPTED" | "INVOICE_ISSUED" | "PAYMENT_RECORDED" | "REFUND_RECORDED" | "PAYMENT_NEEDS_DECISION">;
  leadId: string;
  actorId: string | null;
  now: Date;
  /** The document concerned and its number as it was, and the amount in minor units. */
  invoiceId?: string | null;
  documentNumber?: string | null;
  amountMinor?: number | null;
};

/** Writes a money event on the lead's timeline, in the caller's transaction. */
export async function recordMoneyEvent(tx: Transaction, event: MoneyEvent): Promise<void> {
  await tx.leadEvent.create({
    data: {
      inquiryId: event.leadId,
      actorId: event.actorId,
      type: event.type,
      invoiceId: event.invoiceId ?? null,
      documentNumber: event.documentNumber ?? null,
      amountMinor: event.amountMinor ?? null,
      createdAt: event.now,
    },
  });
}
