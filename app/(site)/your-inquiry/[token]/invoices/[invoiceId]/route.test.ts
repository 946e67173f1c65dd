// The artist's download, called as Next.js calls it: their link's token is the only credential.
import { beforeAll, expect, it, vi } from "vitest";
import { artistPortalUrl } from "@/lib/artist-portal/artist-portal-url";
import type { Database } from "@/lib/database/create-prisma-client";
import { eraseLead } from "@/lib/leads/erase-lead";
import { createBilledLead, invoiceDraft, issueAlone, setUpBilling } from "@/test/support/billing-fixtures";
import { pdfText } from "@/test/support/pdf-text";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";

const state = vi.hoisted(() => ({ db: null as unknown as Database }));
vi.mock("@/lib/db", () => ({ getDb: () => state.db }));

const { GET } = await import("./route");

describeEachDatabase("artist invoice download", { poolSize: 3 }, ({ db }) => {
  beforeAll(async () => {
    state.db = db;
    await setUpBilling(db);
  });
  /** The token of the lead's link, signed as the app signs it (tests have no AUTH_SECRET: the database's key). */
  const tokenFor = async (inquiryId: string, now = new Date()) =>
    new URL(await artistPortalUrl(db, { inquiryId, appUrl: "https://studio.test", now, authSecret: undefined })).pathname.split("/").at(-1)!;
  const get = (token: string, invoiceId: string) => GET(new Request(`https://studio.test/your-inquiry/${token}/invoices/${invoiceId}`), { params: Promise.resolve({ token, invoiceId }) });
  const billedLead = async () => {
    const { lead, groupId } = await createBilledLead(db, { name: "Nakamura 中村", artistName: null });
    return { lead, invoice: await issueAlone(db, invoiceDraft(lead.id, groupId)) };
  };

  it("gives the artist their own invoice as a PDF download, never cached", async () => {
    const { lead, invoice } = await billedLead();
    const response = await get(await tokenFor(lead.id), invoice.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="${invoice.number}.pdf"`);
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    const text = await pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain(invoice.number);
    expect(text).toContain("Nakamura 中村");
  });

  it("answers 404 for another inquiry's invoice, a tampered or expired link, and a malformed invoice id", async () => {
    const { lead, invoice } = await billedLead();
    const other = await billedLead();
    const token = await tokenFor(lead.id);
    const tampered = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    const expired = await tokenFor(lead.id, new Date(Date.now() - 400 * 24 * 3_600_000));
    for (const [candidate, invoiceId, why] of [
      [token, other.invoice.id, "another inquiry's invoice"],
      [tampered, invoice.id, "tampered"],
      [expired, invoice.id, "expired"],
      ["not-a-token", invoice.id, "not a token"],
      [token, "not-an-id", "malformed id"],
    ]) {
      const response = await get(candidate!, invoiceId!);
      expect(response.status, why).toBe(404);
      expect(response.headers.get("Cache-Control"), why).toBe("private, no-store");
    }
  });

  it("answers 404 once the inquiry is erased, as the artist's page does", async () => {
    const { lead, invoice } = await billedLead();
    const token = await tokenFor(lead.id);
    await eraseLead(db, await createStaff(db, "OWNER"), { leadId: lead.id });
    expect((await get(token, invoice.id)).status).toBe(404);
  });
});
