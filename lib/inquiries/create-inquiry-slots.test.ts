import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { ExpectedError } from "@/lib/errors/expected-error";
import { inquiryContext, validInquiry } from "@/test/support/inquiry-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { createInquiry } from "./create-inquiry";
import { handleInquiryRequest } from "./handle-inquiry-request";
import { insertInquiry } from "./insert-inquiry";
import { loadPreferredSlots } from "./load-preferred-slots";
import { INQUIRY_EMAIL_KINDS } from "./queue-inquiry-emails";
import { renderInquiryEmail } from "./render-inquiry-email";
import { newOutboxRow } from "@/lib/outbox/queue-email";

const HOUR_MS = 3_600_000;

describeEachDatabase("preferred times with an inquiry", { poolSize: 4 }, ({ db }) => {
  let roomId: string;
  let roomName: string;
  beforeAll(async () => {
    await db.studioSettings.update({ where: { id: 1 }, data: { timeZone: "America/New_York" } });
    roomName = `Live room ${randomUUID().slice(0, 8)}`;
    roomId = (await db.room.create({ data: { name: roomName, hourlyRateCents: 5000, dayRateCents: 35000 } })).id;
  });

  /** A slot starting `days` from now, on the hour. */
  const slot = (days: number, hours = 1, room: string | null = roomId) => {
    const start = new Date(Math.ceil((Date.now() + days * 24 * HOUR_MS) / HOUR_MS) * HOUR_MS);
    return { ...(room ? { roomId: room } : {}), startsAt: start.toISOString(), endsAt: new Date(start.getTime() + hours * HOUR_MS).toISOString() };
  };
  const submit = (input: unknown, idempotencyKey?: string) => createInquiry({ input, idempotencyKey, clientIp: "203.0.113.8", formSignals: null }, inquiryContext(db));
  const storedFor = (email: string) =>
    db.inquiry.findMany({ where: { email }, include: { preferredSlots: { orderBy: { startsAt: "asc" } }, outboxMessages: true } });

  it("stores the times with the inquiry, and shows them in the studio's zone", async () => {
    const slots = [slot(3), slot(5, 3, null)];
    const input = validInquiry({ preferredSlots: slots });
    const created = await submit(input);
    const [stored] = await storedFor(input.email.toLowerCase());
    expect(stored!.id).toBe(created.id);
    expect(stored!.outboxMessages).toHaveLength(2);
    expect(stored!.preferredSlots.map(({ roomId: room, startsAt, endsAt }) => ({ roomId: room, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() }))).toEqual([
      { ...slots[0] },
      { roomId: null, ...slots[1] },
    ]);

    const views = await loadPreferredSlots(db, created.id);
    expect(views.map((view) => view.roomName)).toEqual([roomName, null]);
    const zone = new Intl.DateTimeFormat("en-GB", { timeZone: "America/New_York", hour: "2-digit", minute: "2-digit" });
    expect(views[0]!.when).toContain(zone.format(new Date(slots[0]!.startsAt)));
    expect(views[0]!.when).toMatch(/\b(E[SD]T|GMT-[45])\b/); // New York time, by name or by offset
    expect(await loadPreferredSlots(db, randomUUID())).toEqual([]);
  });

  it("lists the times in the studio's notification email, and leaves the section out without them", async () => {
    const slots = [slot(3, 2), slot(4, 1, null)];
    const withTimes = await submit(validInquiry({ preferredSlots: slots }));
    const [first, second] = await loadPreferredSlots(db, withTimes.id);
    const render = async (id: string) =>
      renderInquiryEmail(INQUIRY_EMAIL_KINDS.studioNotification, await db.inquiry.findUniqueOrThrow({ where: { id } }), inquiryContext(db).emailSettings, { db });
    const { html, text } = await render(withTimes.id);
    expect(text).toMatch(/Preferred times \(not held\)/i);
    expect(text).toContain(`${roomName}: ${first!.when}`);
    expect(text).toContain(`Any room: ${second!.when}`);
    expect(html.replace(/<!-- -->/g, "")).toContain(`<li>${roomName}: ${first!.when}</li>`);

    const without = await submit(validInquiry());
    expect((await render(without.id)).text).not.toMatch(/Preferred times/i);
  });

  it.each([
    ["a room that does not exist", async () => randomUUID()],
    ["a room no longer offered", async () => (await db.room.create({ data: { name: `Old room ${randomUUID().slice(0, 8)}`, hourlyRateCents: 1, dayRateCents: 1, active: false } })).id],
  ])("refuses %s with a field error and stores nothing", async (_, room) => {
    const input = validInquiry({ preferredSlots: [slot(2), slot(4, 1, await room())] });
    const failure = await submit(input).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "inquiry-invalid" });
    expect((failure as ExpectedError).fieldErrors).toEqual({
      preferredSlots: ["Preferred time 2 is in a room that cannot be booked; pick a time again on the availability page"],
    });
    expect(await storedFor(input.email.toLowerCase())).toEqual([]);
  });

  it("stores nothing at all when a time cannot be written with the inquiry", async () => {
    // Past the room check (a room deleted in between): the one statement fails as a whole.
    const id = randomUUID();
    const email = `atomic.${randomUUID().slice(0, 8)}@example.com`;
    const now = new Date();
    const write = insertInquiry(
      db,
      {
        id, reference: `SD-${randomUUID().slice(0, 5).toUpperCase()}`, roleNeeded: "BOTH", status: "NEW", name: "Ana Lima", email,
        genres: [], referenceLinks: [], message: "A message long enough to be stored.", consentedAt: now, isSpam: false,
        spamReason: null, idempotencyKey: null, requestFingerprint: "x", preferredSlots: [slot(2), slot(3, 1, randomUUID())],
      },
      [newOutboxRow("inquiry.acknowledgement", { to: email, subject: "s", inquiryId: id, data: null }, { appUrl: "https://studio.test", now })],
    );
    await expect(write).rejects.toThrow();
    expect(await db.inquiry.count({ where: { id } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { inquiryId: id } })).toBe(0);
    expect(await db.preferredSlot.count({ where: { inquiryId: id } })).toBe(0);
  });

  it("counts the times in the idempotency fingerprint", async () => {
    const input = validInquiry({ preferredSlots: [slot(2)] });
    const key = `api:${randomUUID()}`;
    const first = await submit(input, key);
    expect(await submit({ ...input }, key)).toMatchObject({ id: first.id, replayed: true });
    await expect(submit({ ...input, preferredSlots: [slot(6)] }, key)).rejects.toMatchObject({ code: "idempotency-key-reused" });
    await expect(submit({ ...input, preferredSlots: undefined }, key)).rejects.toMatchObject({ code: "idempotency-key-reused" });
    expect(await db.preferredSlot.count({ where: { inquiryId: first.id } })).toBe(1);
  });

  it("takes the same field through the JSON API, answering 400 with field errors", async () => {
    const post = (body: unknown) =>
      handleInquiryRequest(
        new Request("http://studio.test/api/inquiries", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
        { context: async () => inquiryContext(db), afterCommit: () => {} },
      );
    const created = await post(validInquiry({ preferredSlots: [slot(1, 2)] }));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(await db.preferredSlot.count({ where: { inquiryId: id, roomId } })).toBe(1);

    const refused = await post(validInquiry({ preferredSlots: [slot(1), slot(2), slot(3), slot(4)] }));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: "invalid", fields: { preferredSlots: ["Choose at most 3 preferred times"] } });
    const unknownRoom = await post(validInquiry({ preferredSlots: [slot(1, 1, randomUUID())] }));
    expect(unknownRoom.status).toBe(400);
    expect(((await unknownRoom.json()) as { fields: Record<string, string[]> }).fields.preferredSlots).toEqual([
      "The preferred time is in a room that cannot be booked; pick a time again on the availability page",
    ]);
  });
});
