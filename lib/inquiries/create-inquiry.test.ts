import { describe, expect, it } from "vitest";
import { type Database } from "@/lib/database/create-prisma-client";
import { signFormToken } from "@/lib/security/form-token";
import { inquiryContext, validInquiry } from "@/test/support/inquiry-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { createInquiry } from "./create-inquiry";
import { REFERENCE_PATTERN } from "./generate-reference";

describeEachDatabase("createInquiry", { poolSize: 12 }, ({ db }) => {

  const submit = (input: unknown, extra: Partial<Parameters<typeof createInquiry>[0]> = {}, context = {}) =>
    createInquiry({ input, clientIp: "203.0.113.7", formSignals: null, ...extra }, inquiryContext(db, context));

  it("stores the normalised inquiry and both emails, in one go", async () => {
    const input = validInquiry({ email: `  MIXED.${Date.now()}@Example.com ` });
    const created = await submit(input);
    expect(created).toMatchObject({ replayed: false, isSpam: false });
    expect(created.reference).toMatch(REFERENCE_PATTERN);
    const stored = await db.inquiry.findUniqueOrThrow({ where: { id: created.id }, include: { outboxMessages: true } });
    expect(stored).toMatchObject({ status: "NEW", roleNeeded: "BOTH", songCount: 5, genres: ["soul", "indie"], email: input.email.trim().toLowerCase() });
    expect(stored.targetStartOn?.toISOString()).toBe("2027-03-01T00:00:00.000Z");
    expect(stored.outboxMessages.map((row) => [row.kind, row.toAddress, row.status]).sort()).toEqual([
      ["inquiry.acknowledgement", stored.email, "PENDING"],
      ["inquiry.studio-notification", "bookings@studio.test", "PENDING"],
    ]);
  });

  it("stores nothing when the input is invalid", async () => {
    const before = await db.inquiry.count();
    await expect(submit(validInquiry({ consent: false, songCount: 0 }))).rejects.toMatchObject({ code: "inquiry-invalid" });
    expect(await db.inquiry.count()).toBe(before);
  });

  it("stores nothing when writing the emails fails inside the transaction", async () => {
    const input = validInquiry();
    // An inbox address longer than its column makes the outbox insert fail after the inquiry's.
    const broken = { emailSettings: { ...inquiryContext(db).emailSettings, studioInbox: `${"x".repeat(300)}@studio.test` } };
    await expect(submit(input, {}, broken)).rejects.toThrow();
    expect(await db.inquiry.count({ where: { email: input.email } })).toBe(0);
  });

  it("answers a repeated key with the first inquiry, even when the repeats race", async () => {
    const input = validInquiry();
    const key = `form:${crypto.randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 8 }, () => submit(input, { idempotencyKey: key })));
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(results.filter((result) => !result.replayed)).toHaveLength(1);
    expect(await db.inquiry.count({ where: { email: input.email } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { inquiryId: results[0].id } })).toBe(2);
    const again = await submit(input, { idempotencyKey: key });
    expect(again).toMatchObject({ id: results[0].id, reference: results[0].reference, replayed: true });
  });

  it("refuses a known key with a different inquiry", async () => {
    const key = `api:${crypto.randomUUID()}`;
    await submit(validInquiry(), { idempotencyKey: key });
    await expect(submit(validInquiry(), { idempotencyKey: key })).rejects.toMatchObject({ code: "idempotency-key-reused" });
  });

  describe("spam", () => {
    const secret = inquiryContext({} as Database).signingSecret;
    const key = "4b1c0d2e-form";
    const tokenShown = (msAgo: number, forKey = key) => signFormToken(secret, new Date(Date.now() - msAgo), forKey);
    const signals = (overrides: Record<string, unknown>) => ({ honeypot: "", formToken: tokenShown(60_000), idempotencyKey: key, ...overrides });

    it.each([
      ["the hidden field is filled in", signals({ honeypot: "http://spam.example" }), "hidden field"],
      ["the form was posted too fast", signals({ formToken: tokenShown(200) }), "after the form was shown"],
      ["the form token is forged", signals({ formToken: `${Date.now() - 60_000}.forged` }), "forged"],
      ["the form token is missing", signals({ formToken: undefined }), "missing"],
      ["the token was issued for another form", signals({ formToken: tokenShown(60_000, "another-key") }), "another form"],
      ["the token is more than a day old", signals({ formToken: tokenShown(25 * 3_600_000) }), "expired"],
    ])("is stored, flagged and never emailed when %s", async (_, formSignals, reason) => {
      const created = await submit(validInquiry(), { formSignals });
      expect(created.isSpam).toBe(true);
      const stored = await db.inquiry.findUniqueOrThrow({ where: { id: created.id }, include: { outboxMessages: true } });
      expect(stored).toMatchObject({ isSpam: true, status: "SPAM" });
      expect(stored.spamReason).toContain(reason);
      expect(stored.outboxMessages).toEqual([]);
    });

    it("lets a person who took their time through", async () => {
      const created = await submit(validInquiry(), { formSignals: signals({ formToken: tokenShown(45_000) }) });
      expect(created.isSpam).toBe(false);
    });
  });

  describe("rate limits", () => {
    it("stops the same address after the hourly limit, and says when to come back", async () => {
      const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
      const context = { ratePerHour: 3 };
      for (let i = 0; i < 3; i++) await submit(validInquiry(), { clientIp: ip }, context);
      const refused = await submit(validInquiry(), { clientIp: ip }, context).catch((error) => error);
      expect(refused).toMatchObject({ code: "inquiry-rate-limited" });
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(3600);
      await expect(submit(validInquiry(), { clientIp: `${ip}9` }, context)).resolves.toBeTruthy();
    });

    it("stops the same email address from many addresses", async () => {
      const input = validInquiry();
      const context = { ratePerHour: 4 }; // 2 per email
      await submit(input, { clientIp: "192.0.2.1" }, context);
      await submit({ ...input, message: `${input.message} (second)` }, { clientIp: "192.0.2.2" }, context);
      await expect(submit({ ...input, message: `${input.message} (third)` }, { clientIp: "192.0.2.3" }, context)).rejects.toMatchObject({ code: "inquiry-rate-limited" });
    });

    it("counts every spelling of one mailbox against one budget, and stores each as typed", async () => {
      const local = `victim.${Date.now()}`;
      const context = { ratePerHour: 6 }; // 3 per mailbox
      const spellings = [`${local}+1@gmail.com`, `${local.replace(".", "")}+2@GMail.com`, `${local.toUpperCase()}@googlemail.com`];
      const stored = [];
      for (const [i, email] of spellings.entries()) {
        const created = await submit(validInquiry({ email }), { clientIp: `192.0.2.${20 + i}` }, context);
        stored.push((await db.inquiry.findUniqueOrThrow({ where: { id: created.id } })).email);
      }
      expect(stored).toEqual(spellings.map((email) => email.toLowerCase()));
      const fourth = submit(validInquiry({ email: `${local.replaceAll(".", "")}+tag@gmail.com` }), { clientIp: "192.0.2.30" }, context);
      await expect(fourth).rejects.toMatchObject({ code: "inquiry-rate-limited" });
      // Another mailbox at the same provider still has its own budget.
      await expect(submit(validInquiry({ email: `other.${local}@gmail.com` }), { clientIp: "192.0.2.31" }, context)).resolves.toBeTruthy();
    });

    it("does not count a replay against the limit", async () => {
      const ip = "192.0.2.99";
      const key = `form:${crypto.randomUUID()}`;
      const input = validInquiry();
      for (let i = 0; i < 5; i++) await submit(input, { clientIp: ip, idempotencyKey: key }, { ratePerHour: 1 });
      expect(await db.inquiry.count({ where: { email: input.email } })).toBe(1);
    });
  });
});
