import type { StaffMember } from "../auth/staff-member";
import { lockSessions } from "../bookings/lock-booking";
import { runBookingTransaction } from "../bookings/run-booking-transaction";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { lockLead } from "../leads/lock-lead";
import { parseMoney } from "../money/parse-money";
import { isUuid } from "../validation/is-uuid";

export type ExtraFields = { description: string; amount: string };

/**
 * Records something to bill on a booking's final invoice beyond what was proposed (overtime,
 * gear hire, extra versions). Priced as the studio prices (tax included or added, as its
 * settings say). Refused once the final invoice is issued: that invoice can no longer change.
 */
export async function addBookingExtra(db: Database, actor: StaffMember, { leadId, groupId, ...fields }: ExtraFields & { leadId: string; groupId: string }): Promise<string> {
  const description = fields.description.trim().replace(/\s+/g, " ");
  const amountMinor = parseMoney(fields.amount);
  const fieldErrors: Record<string, string[]> = {};
  if (description.length < 2 || description.length > 200) fieldErrors.description = ["Say what the extra is, e.g. \"Overtime, 2 hours\" (up to 200 characters)."];
  if (amountMinor === null || amountMinor === 0) fieldErrors.amount = ["Enter its price, e.g. 90 or 90.00."];
  if (Object.keys(fieldErrors).length > 0) throw new ExpectedError("billing-invalid", { fieldErrors });
  return runBookingTransaction(db, async (tx) => {
    await lockLead(tx, leadId, "update");
    await lockSessions(tx, { leadId, groupId });
    const final = await tx.invoice.findFirst({ where: { groupId, kind: "FINAL" }, select: { number: true } });
    if (final) throw new ExpectedError("billing-not-allowed", `${final.number}, this booking's final invoice, is issued and cannot change. Issue a separate invoice or credit note instead.`);
    const extra = await tx.bookingExtra.create({ data: { inquiryId: leadId, groupId, description, amountMinor: amountMinor!, createdById: actor.id } });
    return extra.id;
  });
}

/** Takes back an extra that no invoice has billed yet. */
export async function removeBookingExtra(db: Database, { leadId, extraId }: { leadId: string; extraId: string }): Promise<void> {
  if (!isUuid(extraId)) throw new ExpectedError("billing-not-allowed", "This extra no longer exists. Reload to see the booking's extras.");
  // Under the lead's lock, like issuing the final invoice: an extra is billed or removed, never both.
  await runBookingTransaction(db, async (tx) => {
    await lockLead(tx, leadId, "update");
    const removed = await tx.bookingExtra.deleteMany({ where: { id: extraId, inquiryId: leadId, invoiceId: null } });
    if (removed.count === 0) throw new ExpectedError("billing-not-allowed", "This extra was billed on an invoice or removed already. Reload to see the booking's extras.");
  });
}
