import { randomUUID } from "node:crypto";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIcs } from "@/lib/calendar/build-ics";
import { createPrismaClient } from "@/lib/database/create-prisma-client";
import { createMailTransport } from "@/lib/email/create-mail-transport";
import { messageIdFor } from "@/lib/email/message-id";
import { createInquiry } from "@/lib/inquiries/create-inquiry";
import { handleInquiryRequest } from "@/lib/inquiries/handle-inquiry-request";
import { inquiryContext, validInquiry } from "@/test/support/inquiry-fixtures";
import { SmtpTestServer } from "@/test/support/smtp-test-server";
import { describeEachDatabase } from "@/test/test-databases";
import { deliverDueMessages } from "./deliver-due-messages";
import { createMessageRenderer } from "./render-queued-message";
import { GIVE_UP_AFTER_MS } from "./retry-schedule";

const FROM = "Studio Desk <desk@studio.test>";
const HOUR = 3_600_000;

describeEachDatabase("outbox delivery", { poolSize: 6 }, ({ db, url: databaseUrl }) => {
  let smtp: SmtpTestServer;
  // Tests move the senders' clock forward, so retries come due without waiting.
  let clock = 0;
  const now = () => new Date(Date.now() + clock);
  const deliver = (database = db) =>
    deliverDueMessages(
      {
        db: database,
        transport: createMailTransport({ smtpUrl: smtp.url }),
        render: createMessageRenderer(database, inquiryContext(database).emailSettings),
        from: FROM,
        now,
        log: () => {},
      },
      100,
    );
  const submitMany = (count: number) =>
    Promise.all(Array.from({ length: count }, () => createInquiry({ input: validInquiry(), clientIp: "203.0.113.1", formSignals: null }, inquiryContext(db))));
  const pendingFor = (ids: string[]) => db.outboxMessage.count({ where: { inquiryId: { in: ids }, status: "PENDING" } });

  beforeAll(async () => {
    smtp = await new SmtpTestServer().start();
  });
  afterAll(async () => {
    await smtp.stop();
  });

  it("sends both emails with the right recipients, headers, parts and escaping", async () => {
    const input = validInquiry({ name: "Zoë <script>alert(1)</script>", artistName: "Salt & Glass" });
    const created = await createInquiry({ input, clientIp: "203.0.113.1", formSignals: null }, inquiryContext(db));
    await deliver();
    const stored = await db.outboxMessage.findMany({ where: { inquiryId: created.id } });
    expect(stored.map((row) => row.status)).toEqual(["SENT", "SENT"]);
    // Rendered by the sender and kept on the row: the record shows exactly what was sent.
    expect(stored.every((row) => row.htmlBody?.includes(created.reference) && row.textBody?.includes(created.reference))).toBe(true);

    const [studio] = smtp.to("bookings@studio.test").filter((mail) => mail.parsed.subject?.includes(created.reference));
    expect(studio.parsed.replyTo?.[0]).toMatchObject({ address: input.email });
    expect(studio.parsed.from).toMatchObject({ address: "desk@studio.test" });
    expect(studio.parsed.subject).toBe(`New inquiry (Engineer and producer): Salt & Glass [${created.reference}]`);
    expect(studio.parsed.messageId).toBe(stored.find((row) => row.kind === "inquiry.studio-notification")!.messageId);
    expect(studio.parsed.text).toContain("Five songs, demos recorded at home");
    expect(studio.parsed.text).toContain(`https://studio.test/admin/leads/${created.id}`);
    expect(studio.parsed.html).toContain("Zoë &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(studio.parsed.html).not.toContain("<script>");
    expect(studio.parsed.html).toContain("Salt &amp; Glass");

    const [ack] = smtp.to(input.email);
    expect(ack.parsed.subject).toBe(`We received your inquiry (${created.reference})`);
    expect(ack.parsed.replyTo?.[0]).toMatchObject({ address: "hello@studio.test" });
    expect(ack.parsed.text).toContain(created.reference);
    expect(ack.parsed.text).toContain("https://studio.test/roles/engineer-vs-producer");
    expect(ack.parsed.html).toContain(created.reference);
  });

  it("keeps all 50 inquiries through an SMTP outage and delivers every message exactly once afterwards", async () => {
    await smtp.stop(); // down: connections refused
    // Through the API's handler, as an artist's submission arrives: every one is acknowledged,
    // and each commit kicks off a delivery attempt, as in the app.
    const attempts: Promise<unknown>[] = [];
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        handleInquiryRequest(
          new Request("http://studio.test/api/inquiries", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(validInquiry()) }),
          { context: async () => inquiryContext(db), afterCommit: () => void attempts.push(deliver()) },
        ),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(50).fill(201));
    const ids = await Promise.all(responses.map(async (response) => (await response.json()).id as string));
    expect(await db.inquiry.count({ where: { id: { in: ids } } })).toBe(50);

    expect((await Promise.all(attempts)).length).toBe(50);
    expect(await pendingFor(ids)).toBe(100);
    expect(await db.outboxMessage.count({ where: { inquiryId: { in: ids }, attempts: { gte: 1 } } })).toBe(100); // first attempts made and failed

    await smtp.start(); // back, but refusing with 451 for a while
    smtp.refusing = true;
    clock += HOUR;
    expect(await deliver()).toMatchObject({ sent: 0, retried: 100 });

    smtp.refusing = false;
    clock += 2 * HOUR;
    expect(await deliver()).toMatchObject({ sent: 100, retried: 0 });
    expect(await pendingFor(ids)).toBe(0);

    const expected = await db.outboxMessage.findMany({ where: { inquiryId: { in: ids } }, select: { messageId: true } });
    const received = smtp.received.map((mail) => mail.parsed.messageId);
    for (const { messageId } of expected) expect(received.filter((id) => id === messageId)).toHaveLength(1);
    clock += 10 * HOUR;
    expect(await deliver()).toMatchObject({ sent: 0 }); // nothing left to send twice
  }, 120_000);

  it("delivers each message exactly once when two app instances send at the same time", async () => {
    const created = await submitMany(30);
    const ids = created.map((inquiry) => inquiry.id);
    // A second client has its own connection pool, exactly as a second app instance would.
    const second = createPrismaClient(databaseUrl, { poolSize: 6 });
    try {
      const before = smtp.received.length;
      const [a, b] = await Promise.all([deliver(db), deliver(second)]);
      expect(a.sent + b.sent).toBe(60);
      const messageIds = smtp.received.slice(before).map((mail) => mail.parsed.messageId);
      expect(messageIds).toHaveLength(60);
      expect(new Set(messageIds).size).toBe(60);
      expect(await pendingFor(ids)).toBe(0);
    } finally {
      await second.$disconnect();
    }
  }, 60_000);

  it("keeps retrying for about a day, then marks the message dead with the reason", async () => {
    clock = 0; // the message is queued by the real clock; start the senders' clock there too
    const [created] = await submitMany(1);
    const queuedAt = Date.now();
    smtp.refusing = true;
    try {
      for (let round = 0; round < 40 && (await pendingFor([created.id])) > 0; round++) {
        await deliver();
        clock += HOUR;
      }
    } finally {
      smtp.refusing = false;
    }
    const rows = await db.outboxMessage.findMany({ where: { inquiryId: created.id } });
    expect(rows.map((row) => row.status)).toEqual(["DEAD", "DEAD"]);
    expect(rows[0].attempts).toBeGreaterThan(5);
    expect(rows[0].lastError).toContain("451");
    // Given up once a day had passed on the senders' clock, and not much later.
    const givenUpAfter = Date.now() + clock - HOUR - queuedAt;
    expect(givenUpAfter).toBeGreaterThanOrEqual(GIVE_UP_AFTER_MS - HOUR);
    expect(givenUpAfter).toBeLessThan(GIVE_UP_AFTER_MS + 5 * HOUR);
  }, 60_000);

  it("gives up at once when the server refuses the recipient for good (5xx)", async () => {
    const [created] = await submitMany(1);
    smtp.rejectRecipientsWith = 550;
    try {
      await deliver();
    } finally {
      smtp.rejectRecipientsWith = null;
    }
    const rows = await db.outboxMessage.findMany({ where: { inquiryId: created.id } });
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([
      ["DEAD", 1],
      ["DEAD", 1],
    ]);
  });

  describe("a message with a calendar invitation", () => {
    const invitation = (method: "REQUEST" | "CANCEL") =>
      buildIcs({
        method,
        events: [
          {
            uid: `${randomUUID()}@studio.test`,
            sequence: method === "CANCEL" ? 1 : 0,
            start: new Date("2026-11-24T10:00:00Z"),
            end: new Date("2026-11-24T14:00:00Z"),
            stamp: new Date("2026-11-20T09:00:00Z"),
            summary: "Session at Studio Desk (Room A) — Zoë’s EP",
            status: "CONFIRMED",
            organizer: { name: "Studio Desk", email: "hello@studio.test" },
            attendee: { name: "Zoë Adeyemi", email: "zoe@example.com" },
          },
        ],
      });
    const queue = async (calendarMethod: string, calendarContent: string) => {
      const id = randomUUID();
      await db.outboxMessage.create({
        data: {
          id,
          kind: "booking.confirmed",
          toAddress: "zoe@example.com",
          replyTo: "hello@studio.test",
          subject: "Session confirmed: Tue, 24 Nov 2026 (SD-TEST1)",
          textBody: "Your session is confirmed",
          htmlBody: "<p>Your session is confirmed</p>",
          messageId: messageIdFor(id, "https://studio.test"),
          calendarMethod,
          calendarContent,
          nextAttemptAt: now(),
          createdAt: now(),
        },
      });
      return db.outboxMessage.findUniqueOrThrow({ where: { id } });
    };

    it.each(["REQUEST", "CANCEL"] as const)("sends a %s as a text/calendar part that parses to the same event", async (method) => {
      const content = invitation(method);
      const row = await queue(method, content);
      await deliver();
      expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "SENT" });
      const [mail] = smtp.received.filter((received) => received.parsed.messageId === row.messageId);
      expect(mail.parsed.text).toContain("Your session is confirmed");
      expect(mail.raw).toMatch(new RegExp(`Content-Type: text/calendar; charset=utf-8; method=${method}`, "i"));
      const calendarPart = mail.parsed.attachments.find((attachment) => attachment.mimeType === "text/calendar");
      expect(calendarPart?.method).toBe(method);
      const delivered = new TextDecoder().decode(calendarPart!.content as Uint8Array);
      expect(delivered).toBe(content.replace(/\r\n/g, "\n"));
      const calendar = new ICAL.Component(ICAL.parse(delivered));
      expect(calendar.getFirstPropertyValue("method")).toBe(method);
      const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
      expect(event.summary).toBe("Session at Studio Desk (Room A) — Zoë’s EP");
      expect(event.startDate.toJSDate()).toEqual(new Date("2026-11-24T10:00:00Z"));
      // Also attached as a file, for the mail programs that only look there.
      expect(mail.parsed.attachments.some((attachment) => attachment.mimeType === "application/ics")).toBe(true);
    });

    it("gives up on a message whose calendar method is not one it writes, without sending it", async () => {
      const row = await queue("REQUEST\r\nX", invitation("REQUEST"));
      await deliver();
      const stored = await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
      expect(stored).toMatchObject({ status: "DEAD", attempts: 1 });
      expect(stored.lastError).toContain("unknown calendar method");
      expect(smtp.received.some((received) => received.parsed.messageId === row.messageId)).toBe(false);
    });
  });
});
