import { beforeAll, expect, it } from "vitest";
import type { BookingStatus } from "@/lib/generated/prisma/client";
import { createRoom, insertSession } from "@/test/support/booking-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { insertProposal, issueTestInvoice, pay } from "@/test/support/money-report-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { loadMoneyFigures } from "./load-money-figures";

// Half an hour before midnight on 31 October in London, which is on GMT again since the 25th.
const NOW = new Date("2026-10-31T23:30:00Z");
const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

describeEachDatabase("loadMoneyFigures", { poolSize: 3 }, ({ db }) => {
  type Lead = Awaited<ReturnType<typeof createLead>>;
  const whoOf = (lead: Lead) => `Harbour Lights (${lead.input.name}), ${lead.reference}`;
  const leads: Record<string, Lead> = {};

  /** A lead with one booking whose sessions start at `starts` (each 4 hours, in a room of its own). */
  async function booking(key: string, sessions: { startsAt: string; status: BookingStatus; holdExpiresAt?: string }[]) {
    const lead = (leads[key] = await createLead(db));
    const room = await createRoom(db);
    const data = (session: (typeof sessions)[number]) => ({
      inquiryId: lead.id, roomId: room.id, status: session.status, startsAt: at(session.startsAt),
      endsAt: new Date(at(session.startsAt).getTime() + 4 * HOUR), holdExpiresAt: session.holdExpiresAt ? at(session.holdExpiresAt) : null,
    });
    const first = await insertSession(db, data(sessions[0]));
    for (const session of sessions.slice(1)) await db.booking.create({ data: { ...data(session), groupId: first.groupId } });
    return { leadId: lead.id, groupId: first.groupId };
  }
  const accepted = { name: "Kofi Mensah", at: at("2026-09-01T12:00:00Z") };

  beforeAll(async () => {
    await db.studioSettings.update({ where: { id: 1 }, data: { timeZone: "Europe/London", currency: "GBP" } });

    // Booked revenue. A: its first session at October's first instant (00:00 BST); v2 is the
    // latest accepted proposal, v3 was sent and not accepted.
    const a = await booking("a", [{ startsAt: "2026-09-30T23:00:00Z", status: "CONFIRMED" }]);
    await insertProposal(db, { ...a, version: 1, totalMinor: 100_000, accepted });
    await insertProposal(db, { ...a, version: 2, totalMinor: 120_000, accepted });
    await insertProposal(db, { ...a, version: 3, totalMinor: 999_999 });
    // B: its first confirmed session a millisecond before October (23:59:59.999 BST), another in October: September's.
    const b = await booking("b", [{ startsAt: "2026-09-30T22:59:59.999Z", status: "CONFIRMED" }, { startsAt: "2026-10-10T10:00:00Z", status: "CONFIRMED" }]);
    await insertProposal(db, { ...b, totalMinor: 50_000, accepted });
    // C: October's last minute (23:59 GMT); a hold in September does not make it September's.
    const c = await booking("c", [{ startsAt: "2026-09-20T10:00:00Z", status: "HOLD", holdExpiresAt: "2026-11-20T10:00:00Z" }, { startsAt: "2026-10-31T23:59:00Z", status: "CONFIRMED" }]);
    await insertProposal(db, { ...c, totalMinor: 30_000, accepted });
    // D: November's first instant (00:00 GMT).
    const d = await booking("d", [{ startsAt: "2026-11-01T00:00:00Z", status: "CONFIRMED" }]);
    await insertProposal(db, { ...d, totalMinor: 40_000, accepted });
    // E: confirmed in October with a cancelled day in September, no accepted proposal: unpriced.
    const e = await booking("e", [{ startsAt: "2026-10-05T09:00:00Z", status: "CONFIRMED" }, { startsAt: "2026-09-05T09:00:00Z", status: "CANCELLED" }]);
    await insertProposal(db, { ...e, totalMinor: 70_000 });
    // F: cancelled. O: in euros.
    const f = await booking("f", [{ startsAt: "2026-10-06T09:00:00Z", status: "CANCELLED" }]);
    await insertProposal(db, { ...f, totalMinor: 80_000, accepted });
    const o = await booking("o", [{ startsAt: "2026-10-07T09:00:00Z", status: "CONFIRMED" }]);
    await insertProposal(db, { ...o, totalMinor: 7_000, currency: "EUR", accepted });

    // Deposits and overdue balances. G: on hold, part paid (and that payment needs a decision).
    const g = await booking("g", [{ startsAt: "2026-11-20T10:00:00Z", status: "HOLD", holdExpiresAt: "2026-11-05T10:00:00Z" }]);
    const gDeposit = await issueTestInvoice(db, { kind: "DEPOSIT", ...g, amountMinor: 20_000, dueAt: at("2026-11-07T00:00:00Z") });
    const gPayment = await pay(db, gDeposit, { amountMinor: 5_000, receivedAt: at("2026-10-15T10:00:00Z") });
    await db.payment.update({ where: { id: gPayment.id }, data: { attention: "HOLD_LAPSED" } });
    // H: confirmed, overdue since the 20th, less a cancellation credit; account credit lowers nothing.
    const h = await booking("h", [{ startsAt: "2026-11-21T10:00:00Z", status: "CONFIRMED" }]);
    const hDeposit = await issueTestInvoice(db, { kind: "DEPOSIT", ...h, amountMinor: 30_000, dueAt: at("2026-10-20T00:00:00Z") });
    await issueTestInvoice(db, { kind: "CREDIT_NOTE", ...h, amountMinor: 10_000, credits: { invoiceId: hDeposit.id, reason: "CANCELLATION" } });
    await issueTestInvoice(db, { kind: "CREDIT_NOTE", ...h, amountMinor: 5_000, credits: { invoiceId: hDeposit.id, reason: "ACCOUNT_CREDIT" } });
    // I: its booking cancelled. J: its hold lapsed (not yet swept), so its deposit, due when the
    // hold ended, is no longer asked for: not overdue. K: paid in full, and its handled decision.
    const i = await booking("i", [{ startsAt: "2026-11-22T10:00:00Z", status: "CANCELLED" }]);
    await issueTestInvoice(db, { kind: "DEPOSIT", ...i, amountMinor: 10_000 });
    const j = await booking("j", [{ startsAt: "2026-11-23T10:00:00Z", status: "HOLD", holdExpiresAt: "2026-10-30T10:00:00Z" }]);
    await issueTestInvoice(db, { kind: "DEPOSIT", ...j, amountMinor: 10_000, dueAt: at("2026-10-30T10:00:00Z") });
    const k = await booking("k", [{ startsAt: "2026-11-24T10:00:00Z", status: "CONFIRMED" }]);
    const kDeposit = await issueTestInvoice(db, { kind: "DEPOSIT", ...k, amountMinor: 25_000, dueAt: at("2026-10-01T00:00:00Z") });
    const kPayment = await pay(db, kDeposit, { amountMinor: 25_000, receivedAt: at("2026-09-25T10:00:00Z") });
    await db.payment.update({ where: { id: kPayment.id }, data: { attention: "OVERPAID", attentionHandledAt: at("2026-09-26T10:00:00Z") } });
    // L: due half an hour ago, part paid. M: due at midnight, overpaid by card. N: credited in full (a refund).
    const l = await booking("l", [{ startsAt: "2026-10-02T10:00:00Z", status: "CONFIRMED" }]);
    const lFinal = await issueTestInvoice(db, { kind: "FINAL", ...l, amountMinor: 80_000, dueAt: at("2026-10-31T23:00:00Z") });
    await pay(db, lFinal, { amountMinor: 30_000 });
    const m = await booking("m", [{ startsAt: "2026-10-03T10:00:00Z", status: "CANCELLED" }]);
    const mFinal = await issueTestInvoice(db, { kind: "FINAL", ...m, amountMinor: 40_000, dueAt: at("2026-11-01T00:00:00Z") });
    await pay(db, mFinal, { amountMinor: 50_000, method: "STRIPE", reference: "pi_m", stripePaymentIntentId: "pi_m", receivedAt: at("2026-10-30T09:00:00Z") });
    const n = await booking("n", [{ startsAt: "2026-10-04T10:00:00Z", status: "CANCELLED" }]);
    const nFinal = await issueTestInvoice(db, { kind: "FINAL", ...n, amountMinor: 60_000, dueAt: at("2026-10-01T00:00:00Z") });
    await issueTestInvoice(db, { kind: "CREDIT_NOTE", ...n, amountMinor: 60_000, credits: { invoiceId: nFinal.id, reason: "REFUND" } });
    Object.assign(invoices, { hDeposit, gDeposit, lFinal, mFinal });
  });
  const invoices: Record<string, { number: string }> = {};
  const item = (key: string, detail: string, amountMinor: number, currency = "GBP") => ({ leadId: leads[key].id, who: whoOf(leads[key]), detail, currency, amountMinor });

  it("counts each booking once, in the London month of its first confirmed session, at its latest accepted proposal", async () => {
    const expected = {
      monthLabel: "October 2026",
      count: 3,
      totals: [{ currency: "GBP", amountMinor: 150_000 }, { currency: "EUR", amountMinor: 7_000 }],
      items: [item("a", "from 1 Oct 2026", 120_000), item("o", "from 7 Oct 2026", 7_000, "EUR"), item("c", "from 31 Oct 2026", 30_000)],
      unpricedCount: 2, // E, and L (invoiced, never proposed)
    };
    // The same month from its first half hour (00:30 BST) to its last (23:30 GMT).
    for (const now of [NOW, at("2026-09-30T23:30:00Z")]) {
      const { monthLabel, booked } = await loadMoneyFigures(db, { now });
      expect({ monthLabel, ...booked }).toEqual(expected);
    }
    const november = await loadMoneyFigures(db, { now: at("2026-11-01T00:00:00Z") });
    expect([november.monthLabel, november.booked.count, november.booked.totals]).toEqual(["November 2026", 1, [{ currency: "GBP", amountMinor: 40_000 }]]);
  });

  it("sums what is outstanding on deposits of bookings still on, and on invoices past due, after their credit notes", async () => {
    const { depositsOutstanding, overdue } = await loadMoneyFigures(db, { now: NOW });
    expect(depositsOutstanding).toEqual({
      count: 2,
      totals: [{ currency: "GBP", amountMinor: 35_000 }],
      items: [item("h", `${invoices.hDeposit.number}, due 20 Oct 2026`, 20_000), item("g", `${invoices.gDeposit.number}, due 7 Nov 2026`, 15_000)],
    });
    expect(overdue).toEqual({
      count: 2,
      totals: [{ currency: "GBP", amountMinor: 70_000 }],
      items: [item("h", `${invoices.hDeposit.number}, due 20 Oct 2026`, 20_000), item("l", `${invoices.lFinal.number}, due 31 Oct 2026`, 50_000)],
    });
  });

  it("lists the payments waiting for a decision, oldest first", async () => {
    const { needsDecision } = await loadMoneyFigures(db, { now: NOW });
    expect(needsDecision).toEqual({
      count: 2,
      totals: [{ currency: "GBP", amountMinor: 55_000 }],
      items: [
        item("g", `${invoices.gDeposit.number}, paid after its hold lapsed, received 15 Oct 2026`, 5_000),
        item("m", `${invoices.mFinal.number}, more than was due, received 30 Oct 2026`, 50_000),
      ],
    });
  });

  it("shows zero in the studio's currency when there is nothing", async () => {
    const { booked } = await loadMoneyFigures(db, { now: at("2027-06-15T12:00:00Z") });
    expect(booked).toEqual({ count: 0, totals: [{ currency: "GBP", amountMinor: 0 }], items: [], unpricedCount: 0 });
  });
});
