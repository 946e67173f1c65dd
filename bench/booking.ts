// Booking under contention: how many booking attempts per second the database settles when
// everyone wants the same slot, beside the same number of attempts that do not clash (the
// baseline, same run, same pool). Each contended round sends CONCURRENCY overlapping attempts for
// one room and slot; exactly one may win, and the bench checks that it did.
import { rmSync } from "node:fs";
import { createPrismaClient, type Database } from "../lib/database/create-prisma-client";
import { startEmbeddedDatabase, type RunningDatabase } from "../lib/database/embedded-postgres";
import { migrateDatabase } from "../lib/database/migrate-database";
import { isExpectedError } from "../lib/errors/expected-error";
import { createSessions } from "../lib/bookings/create-sessions";
import { createInquiry } from "../lib/inquiries/create-inquiry";
import { addDays } from "../lib/time/zoned-time";
import { createRoom, sessionInput } from "../test/support/booking-fixtures";
import { inquiryContext, validInquiry } from "../test/support/inquiry-fixtures";
import { createLead } from "../test/support/lead-fixtures";
import { createStaff } from "../test/support/staff-fixtures";
import { printTable } from "./support/report";

const DATA_DIR = ".data/bench-booking-postgres";
const DATABASE_PORT = 54371;
const CONCURRENCY = 50;
const ROUNDS = 6;
const BENCH_SECRET = "bench-only-signing-key-0123456789abcdefgh";
const FIRST_DAY = "2027-01-04"; // a Monday; the studio is open Monday to Saturday by default

export async function benchBooking() {
  rmSync(DATA_DIR, { recursive: true, force: true });
  let database: RunningDatabase | undefined;
  let db: Database | undefined;
  try {
    database = await startEmbeddedDatabase({ dataDir: DATA_DIR, port: DATABASE_PORT });
    await migrateDatabase(database.url);
    // The app's own pool size (lib/db.ts): attempts beyond it queue for a connection, as in the app.
    db = createPrismaClient(database.url, { poolSize: 10 });
    const staff = await createStaff(db, "STAFF");
    const leads = await Promise.all(Array.from({ length: CONCURRENCY }, () => createLead(db!)));
    const rooms = await Promise.all(Array.from({ length: CONCURRENCY }, () => createRoom(db!)));
    // With the signing key at hand, as the app's settings carry AUTH_SECRET: artist links in the
    // booking emails are signed without reading the server's environment.
    const settings = { ...inquiryContext(db).emailSettings, authSecret: BENCH_SECRET };
    const attempt = (leadId: string, roomId: string, date: string) =>
      createSessions(db!, staff, leadId, sessionInput(roomId, { dates: [date], startTime: "11:00", endTime: "13:00" }), { emailSettings: settings });

    const free = await rounds(async (round) => {
      // Every attempt its own room: nothing clashes, so every one of them is booked.
      const outcomes = await Promise.allSettled(leads.map((lead, i) => attempt(lead.id, rooms[i]!.id, addDays(FIRST_DAY, round))));
      return outcomes.filter((outcome) => outcome.status === "fulfilled").length === CONCURRENCY;
    });
    const contended = await rounds(async (round) => {
      // Every attempt the same room and slot: one booking, the rest told what they clash with.
      const outcomes = await Promise.allSettled(leads.map((lead) => attempt(lead.id, rooms[0]!.id, addDays(FIRST_DAY, 7 + round))));
      const won = outcomes.filter((outcome) => outcome.status === "fulfilled").length;
      const refused = outcomes.filter((outcome) => outcome.status === "rejected" && isExpectedError(outcome.reason, "booking-conflict")).length;
      return won === 1 && refused === CONCURRENCY - 1;
    });

    const perSecond = (seconds: number) => (ROUNDS * CONCURRENCY) / seconds;
    printTable(`Booking attempts, ${CONCURRENCY} at once × ${ROUNDS} rounds, pool of 10 connections (in-process, embedded PostgreSQL)`, [
      { name: "no clashes (baseline): attempts/s", value: perSecond(free.seconds).toFixed(0) },
      { name: "one slot, all clash: attempts/s", value: perSecond(contended.seconds).toFixed(0), ratio: `${(free.seconds / contended.seconds).toFixed(2)}x the baseline's rate` },
      { name: "rounds with exactly one winner", value: `${contended.correct}/${ROUNDS}` },
      { name: "rounds with every attempt booked (baseline)", value: `${free.correct}/${ROUNDS}` },
    ]);
    await benchRequestedHolds(db, rooms.map((room) => room.id));
  } finally {
    await db?.$disconnect();
    await database?.stop();
  }
}

/**
 * Inquiries that ask for time (sessionRequest), each stored with its emails and, when the time
 * is free, a hold, in one transaction: every one in its own room (the baseline), then all for the
 * same block, where exactly one is HELD and the rest are stored as UNAVAILABLE.
 */
async function benchRequestedHolds(db: Database, roomIds: string[]) {
  const context = inquiryContext(db, { emailSettings: { ...inquiryContext(db).emailSettings, authSecret: BENCH_SECRET } });
  const ask = (roomId: string, date: string) =>
    createInquiry({ input: validInquiry({ sessionRequest: { roomId, blocks: [{ start: `${date}T11:00:00Z`, end: `${date}T13:00:00Z` }] } }), clientIp: "203.0.113.9", formSignals: null }, context);
  const statuses = async (asked: Promise<Awaited<ReturnType<typeof ask>>>[]) => (await Promise.all(asked)).map((created) => created.sessionRequest?.status);
  const free = await rounds(async (round) => (await statuses(roomIds.map((roomId) => ask(roomId, addDays(FIRST_DAY, 14 + round))))).every((status) => status === "HELD"));
  const contended = await rounds(async (round) => {
    const outcomes = await statuses(roomIds.map(() => ask(roomIds[0]!, addDays(FIRST_DAY, 21 + round))));
    return outcomes.filter((status) => status === "HELD").length === 1 && outcomes.filter((status) => status === "UNAVAILABLE").length === CONCURRENCY - 1;
  });
  const perSecond = (seconds: number) => (ROUNDS * CONCURRENCY) / seconds;
  printTable(`Inquiries asking for time, ${CONCURRENCY} at once × ${ROUNDS} rounds (each stored, with a hold when the time is free)`, [
    { name: "every one its own room (baseline): inquiries/s", value: perSecond(free.seconds).toFixed(0) },
    { name: "all the same block: inquiries/s", value: perSecond(contended.seconds).toFixed(0), ratio: `${(free.seconds / contended.seconds).toFixed(2)}x the baseline's rate` },
    { name: "rounds with exactly one HELD, the rest UNAVAILABLE", value: `${contended.correct}/${ROUNDS}` },
    { name: "rounds with every one HELD (baseline)", value: `${free.correct}/${ROUNDS}` },
  ]);
}

async function rounds(run: (round: number) => Promise<boolean>) {
  let correct = 0;
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) if (await run(round)) correct++;
  return { seconds: (performance.now() - started) / 1000, correct };
}
