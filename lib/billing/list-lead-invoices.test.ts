import { beforeAll, expect, it } from "vitest";
import { createBilledLead, invoiceDraft, issueAlone, setUpBilling } from "@/test/support/billing-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { listLeadInvoices } from "./list-lead-invoices";

describeEachDatabase("listLeadInvoices", { poolSize: 2 }, ({ db }) => {
  beforeAll(() => setUpBilling(db));

  it("lists a lead's documents in the order issued, with dates in the studio's zone, and no one else's", async () => {
    const { lead, groupId } = await createBilledLead(db);
    const other = await createBilledLead(db);
    const deposit = await issueAlone(db, invoiceDraft(lead.id, groupId, { kind: "DEPOSIT", lines: [{ description: "Deposit", amountMinor: 10_000 }], now: new Date("2026-11-30T23:30:00Z") }));
    await issueAlone(db, invoiceDraft(other.lead.id, other.groupId));
    const creditNote = await issueAlone(
      db,
      invoiceDraft(lead.id, groupId, { kind: "CREDIT_NOTE", credits: { invoiceId: deposit.id, reason: "REFUND" }, lines: [{ description: "Refund", amountMinor: 10_000 }], dueAt: null, now: new Date("2026-12-02T10:00:00Z") }),
    );
    expect(await listLeadInvoices(db, lead.id, "Asia/Tokyo")).toEqual([
      { id: deposit.id, label: `Deposit invoice ${deposit.number}`, issuedOn: "1 Dec 2026", amount: "£100.00", dueOn: "15 Dec 2026", creditNote: false },
      { id: creditNote.id, label: `Credit note ${creditNote.number} (credits ${deposit.number})`, issuedOn: "2 Dec 2026", amount: "£100.00", dueOn: null, creditNote: true },
    ]);
  });
});
