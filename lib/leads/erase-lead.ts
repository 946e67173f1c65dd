// The artist's right to erasure. The lead's row stays, so the studio's figures and the audit trail
// (LeadEvent, which holds no personal data) still add up, but everything that identifies the
// artist goes: the contact details and free text on the inquiry, the notes (which may quote
// them) and the addresses, subjects and bodies of its emails. The money records stay, as the law
// requires, with only what the books need (README, "Erasure and money"). The database's
// "Inquiry_erased_holds_no_personal_data" check and "Inquiry_erased_money_holds_no_personal_data"
// trigger refuse a half-done erasure.
import { hasRole, type StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { isUuid } from "../validation/is-uuid";

export const ERASED_SUBJECT = "(erased)";

/** Erases a lead's personal data. Owners only; erasing an erased lead again changes nothing. */
export async function eraseLead(db: Database, actor: StaffMember, { leadId, now = new Date() }: { leadId: string; now?: Date }): Promise<void> {
  if (!hasRole(actor, "OWNER")) throw new ExpectedError("not-owner", "Only the studio's owner can erase a lead's personal data.");
  if (!isUuid(leadId)) throw new ExpectedError("lead-not-found");
  await db.$transaction(async (tx) => {
    const erased = await tx.inquiry.updateMany({
      where: { id: leadId, erasedAt: null },
      data: {
        name: "",
        email: "",
        phone: null,
        artistName: null,
        message: "",
        referenceLinks: [],
        // Genres, role, project, budget and dates stay: they describe the music, not the person,
        // and the studio's figures are made of them.
        idempotencyKey: null,
        requestFingerprint: null,
        spamReason: null,
        erasedAt: now,
        updatedAt: now,
      },
    });
    if (erased.count === 0) {
      if (!(await tx.inquiry.findUnique({ where: { id: leadId }, select: { id: true } }))) throw new ExpectedError("lead-not-found");
      return; // erased already
    }
    await tx.leadNote.deleteMany({ where: { inquiryId: leadId } });
    // An issued invoice keeps the buyer's name (the studio's record of a sale, which it must keep)
    // but not where it was sent; its immutability trigger allows exactly this change.
    await tx.invoice.updateMany({ where: { inquiryId: leadId }, data: { buyerEmail: null } });
    // What the artist wrote when asking to move or cancel a session; the requests themselves stay.
    await tx.artistRequest.updateMany({ where: { inquiryId: leadId }, data: { message: "" } });
    // Emails not sent yet never will be: the sender only claims PENDING rows (and cannot retry one
    // of an erased lead, see retry-outbox-message.ts), and its updates are guarded by PENDING, so
    // a send already under way cannot write a rendered body back. An error from the mail server
    // often quotes the recipient's address, so it goes too. Message-IDs stay: they are the
    // studio's own and keep the thread of what was sent.
    await tx.$executeRaw`
      UPDATE "OutboxMessage"
      SET "toAddress" = '', "replyTo" = NULL, "subject" = ${ERASED_SUBJECT}, "textBody" = NULL, "htmlBody" = NULL,
        "calendarContent" = NULL, -- a session invitation names the artist (ATTENDEE)
        "payload" = NULL, "sealedPayload" = NULL, -- what a body would be rendered from
        "status" = CASE WHEN "status" = 'PENDING' THEN 'DEAD'::"OutboxStatus" ELSE "status" END,
        "lastError" = CASE WHEN "status" = 'PENDING' THEN 'Erased before delivery'
          WHEN "lastError" IS NOT NULL THEN 'Error details erased with the lead' END,
        "updatedAt" = ${now}
      WHERE "inquiryId" = ${leadId}::uuid`;
    // Invoices keep the buyer's name (an invoice must name its buyer) but not the email it was
    // sent to: the one change the invoices' immutability trigger allows.
    await tx.invoice.updateMany({ where: { inquiryId: leadId, buyerEmail: { not: null } }, data: { buyerEmail: null } });
    // An acceptance keeps when it happened and under which terms (the record of agreement), not
    // the name typed, the address or the browser it came from.
    await tx.$executeRaw`
      UPDATE "Proposal"
      SET "acceptedName" = CASE WHEN "acceptedAt" IS NULL THEN NULL ELSE '' END, "acceptedIp" = NULL, "acceptedUserAgent" = NULL
      WHERE "inquiryId" = ${leadId}::uuid`;
    // A bank transfer's reference is what the artist typed at their bank, often their name. A
    // card payment's is the provider's id, which the studio needs to refund it.
    await tx.payment.updateMany({ where: { method: "BANK_TRANSFER", invoice: { inquiryId: leadId }, reference: { not: "" } }, data: { reference: "" } });
    await tx.leadEvent.create({ data: { inquiryId: leadId, actorId: actor.id, type: "ERASED", createdAt: now } });
  });
}
