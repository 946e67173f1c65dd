// GET /api/availability and sessionRequest on POST /api/inquiries over HTTP against the built
// server: the contract's headers (CORS for GET, a short cache), its 400s, and a requested full
// day held for the first artist, refused as UNAVAILABLE to the next, and shown busy afterwards.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { defaultRoomOffers } from "../lib/rate-card/default-room-offers";
import { projectDatabase, uniqueClientIp } from "./support/staff";

test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });

type Day = { date: string; closed: boolean; free: { offer: string; start: string; end: string }[]; busy: { start: string; end: string }[] };
type Answer = { timeZone: string; offers: { id: string; kind: string; roomId: string }[]; rooms: { id: string; name: string; days: Day[] }[] };

async function newRoom() {
  const db = await projectDatabase();
  const rates = { hourlyRateCents: 4_500, dayRateCents: 32_000 };
  return db.room.create({ data: { name: `Suite ${randomUUID().slice(0, 8)}`, ...rates, offers: { create: defaultRoomOffers(rates) } } });
}

const inquiry = (sessionRequest: unknown) => ({
  roleNeeded: "PRODUCER",
  name: "Ines Okafor",
  email: `ines.${randomUUID().slice(0, 8)}@example.com`,
  message: "Two songs to finish with a producer, demos and lyrics are ready.",
  consent: true,
  sessionRequest,
});

test("answers availability with open CORS and a short cache, and names every bad parameter", async ({ request }) => {
  const room = await newRoom();
  const response = await request.get(`/api/availability?room=${room.id}&days=14`, { headers: { origin: "https://band.example" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect(response.headers()["cache-control"]).toBe("public, max-age=5");
  const answer = (await response.json()) as Answer;
  expect(answer.rooms.map((listed) => listed.id)).toEqual([room.id]);
  expect(answer.rooms[0]!.days).toHaveLength(14);
  expect(answer.offers.map((offer) => offer.kind)).toEqual(["HOURLY", "HALF_DAY", "FULL_DAY", "LOCKOUT"]);

  const preflight = await request.fetch("/api/availability", { method: "OPTIONS" });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");

  const bad = await request.get("/api/availability?from=tomorrow&days=100&room=nope");
  expect(bad.status()).toBe(400);
  expect(Object.keys((await bad.json()).fields).sort()).toEqual(["days", "from", "room"]);
  const retired = await newRoom();
  await (await projectDatabase()).room.update({ where: { id: retired.id }, data: { active: false } });
  expect((await request.get(`/api/availability?room=${retired.id}`)).status()).toBe(400);
});

test("a requested full day is held for the first artist, UNAVAILABLE to the next, and busy afterwards", async ({ request }) => {
  const room = await newRoom();
  const before = (await (await request.get(`/api/availability?room=${room.id}`)).json()) as Answer;
  const fullDay = before.offers.find((offer) => offer.kind === "FULL_DAY")!;
  // Two days ahead at least, so nothing starts during the test.
  const day = before.rooms[0]!.days.find((candidate) => candidate.free.some((block) => block.offer === fullDay.id && Date.parse(block.start) > Date.now() + 2 * 86_400_000));
  expect(day, "the studio should be open for a full day in the next four weeks").toBeTruthy();
  const { start, end } = day!.free.find((block) => block.offer === fullDay.id)!;

  const first = await request.post("/api/inquiries", { data: inquiry({ roomId: room.id, blocks: [{ start, end }] }) });
  expect(first.status()).toBe(201);
  const held = await first.json();
  expect(held.sessionRequest.status).toBe("HELD");
  expect(Date.parse(held.sessionRequest.holdExpiresAt)).toBeGreaterThan(Date.now());

  const second = await request.post("/api/inquiries", { data: inquiry({ roomId: room.id, blocks: [{ start, end }] }) });
  expect(second.status()).toBe(201);
  expect((await second.json()).sessionRequest).toEqual({ status: "UNAVAILABLE" });

  const after = (await (await request.get(`/api/availability?room=${room.id}&from=${day!.date}&days=1`)).json()) as Answer;
  expect(after.rooms[0]!.days[0]!.busy).toEqual([{ start, end }]);
  expect(after.rooms[0]!.days[0]!.free).toEqual([]);
  expect(JSON.stringify(after)).not.toContain("Ines");

  const misfit = await request.post("/api/inquiries", { data: inquiry({ roomId: room.id, blocks: [{ start, end: new Date(Date.parse(start) + 90 * 60_000).toISOString() }] }) });
  expect(misfit.status()).toBe(400);
  expect((await misfit.json()).fields.sessionRequest[0]).toMatch(/is not a session .* offers/);
});
