import { expect, it } from "vitest";
import { queueEmail } from "@/lib/outbox/queue-email";
import { createLead } from "@/test/support/lead-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { loadSystemStatus } from "./load-system-status";

describeEachDatabase("loadSystemStatus", { poolSize: 4 }, ({ db }) => {
  it("counts scheduled mail apart from mail that is waiting, and lists every task and live worker", async () => {
    const lead = await createLead(db); // two messages due now, by the database's clock
    const now = new Date(); // read after the insert, so the messages are never younger than "now"
    await queueEmail(db, "lead.reply", { to: "a@example.com", subject: "Later", inquiryId: lead.id, data: { reference: lead.reference, body: "x", senderName: null } }, { appUrl: "https://studio.test", now, sendAt: new Date(now.getTime() + 86_400_000) });
    await db.outboxMessage.updateMany({ where: { inquiryId: lead.id, kind: "inquiry.studio-notification" }, data: { status: "DEAD", lastError: "550 no such mailbox" } });
    await db.backgroundWorker.create({ data: { id: "worker:test:1", role: "worker", host: "test", pid: 1, startedAt: now, lastSeenAt: now } });
    await db.backgroundWorker.create({ data: { id: "worker:test:gone", role: "worker", host: "test", pid: 2, startedAt: now, lastSeenAt: new Date(now.getTime() - 3_600_000) } });

    const status = await loadSystemStatus(db, { taskNames: ["deliver-email", "expire-holds"], now: new Date(now.getTime() + 5_000) });
    expect(status.queue).toMatchObject({ waiting: 1, scheduled: 1, DEAD: 1 });
    expect(status.oldestPendingAgeMs).toBeGreaterThanOrEqual(5_000);
    expect(status.oldestPendingAgeMs).toBeLessThan(60_000);
    expect(status.deadLetters.map((message) => [message.kind, message.inquiry?.reference, message.lastError])).toEqual([["inquiry.studio-notification", lead.reference, "550 no such mailbox"]]);
    expect(status.tasks.map((task) => [task.name, task.runs ?? null])).toEqual([["deliver-email", null], ["expire-holds", null]]);
    expect(status.workers.map((worker) => worker.id)).toEqual(["worker:test:1"]);
  });
});
