import type { StaffMember } from "../auth/staff-member";
import { runBookingTransaction } from "../bookings/run-booking-transaction";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { parseMoney } from "../money/parse-money";
import { isLocalDate, todayIn, wallClockToInstant } from "../time/zoned-time";
import { recordPayment, type PaymentOutcome } from "./record-payment";

export type BankTransferFields = { invoiceId: string; amount: string; receivedOn: string; reference: string };

const NOON = 12 * 60;

/**
 * A staff member marks an invoice paid (in part or in full) by bank transfer: the amount, the day
 * it arrived (in the studio's zone, not in the future) and the bank's reference. Refused above
 * what is outstanding. A deposit paid this way confirms its hold like any other payment.
 */
export async function recordBankTransfer(db: Database, actor: StaffMember, leadId: string, fields: BankTransferFields, emailSettings: EmailSettings, now = new Date()): Promise<PaymentOutcome> {
  const { timeZone } = await db.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } });
  const fieldErrors: Record<string, string[]> = {};
  const amountMinor = parseMoney(fields.amount);
  if (amountMinor === null || amountMinor === 0) fieldErrors.amount = ["Enter the amount received, e.g. 250 or 250.00."];
  const reference = fields.reference.trim();
  if (reference.length === 0 || reference.length > 200) fieldErrors.reference = ["Enter the bank's reference for the transfer (up to 200 characters)."];
  if (!isLocalDate(fields.receivedOn)) fieldErrors.receivedOn = ["Enter the day the money arrived."];
  else if (fields.receivedOn > todayIn(timeZone, now)) fieldErrors.receivedOn = ["The day the money arrived cannot be in the future."];
  if (Object.keys(fieldErrors).length > 0) throw new ExpectedError("billing-invalid", { fieldErrors });
  return runBookingTransaction(db, (tx) =>
    recordPayment(
      tx,
      {
        invoiceId: fields.invoiceId,
        leadId,
        amountMinor: amountMinor!,
        method: "BANK_TRANSFER",
        reference,
        receivedAt: wallClockToInstant(fields.receivedOn, NOON, timeZone),
        actorId: actor.id,
        now,
      },
      emailSettings,
    ),
  );
}
