// The staff download, called as Next.js calls it: signed in or not, the lead's own invoice or not.
import { beforeAll, expect, it, vi } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import type { Database } from "@/lib/database/create-prisma-client";
import { createBilledLead, invoiceDraft, issueAlone, setUpBilling } from "@/test/support/billing-fixtures";
import { pdfText } from "@/test/support/pdf-text";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";

const state = vi.hoisted(() => ({ db: null as unknown as Database, member: null as StaffMember | null }));
vi.mock("@/lib/db", () => ({ getDb: () => state.db }));
vi.mock("@/lib/auth/get-staff-member", () => ({ getStaffMember: async () => state.member }));

const { GET } = await import("./route");

describeEachDatabase("staff invoice download", { poolSize: 3 }, ({ db }) => {
  let staff: StaffMember;
  let invoice: { id: string; number: string; inquiryId: string };
  let otherLeadId: string;
  beforeAll(async () => {
    state.db = db;
    await setUpBilling(db);
    staff = await createStaff(db, "STAFF");
    const { lead, groupId } = await createBilledLead(db, { name: "Zoë Adeyemi" });
    invoice = await issueAlone(db, invoiceDraft(lead.id, groupId));
    otherLeadId = (await createBilledLead(db)).lead.id;
  });
  const get = (id: string, invoiceId: string) => GET(new Request(`https://studio.test/admin/leads/${id}/invoices/${invoiceId}`), { params: Promise.resolve({ id, invoiceId }) });

  it("gives signed-in staff the lead's invoice as a PDF download, never cached", async () => {
    state.member = staff;
    const response = await get(invoice.inquiryId, invoice.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="${invoice.number}.pdf"`);
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    const text = await pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain(invoice.number);
    expect(text).toContain("Zoë Adeyemi");
  });

  it("answers 404 for another lead's invoice, an unknown one and a malformed id", async () => {
    state.member = staff;
    for (const [id, invoiceId] of [
      [otherLeadId, invoice.id],
      [invoice.inquiryId, "4c2b0a55-1111-4a2b-8c3d-000000000000"],
      [invoice.inquiryId, "not-an-id"],
      ["not-an-id", invoice.id],
    ]) {
      const response = await get(id!, invoiceId!);
      expect(response.status, `${id} ${invoiceId}`).toBe(404);
      expect(response.headers.get("Content-Type")).not.toBe("application/pdf");
    }
  });

  it("refuses anyone not signed in", async () => {
    state.member = null;
    const response = await get(invoice.inquiryId, invoice.id);
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain(invoice.number);
  });
});
