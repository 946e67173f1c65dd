import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/database/create-prisma-client";
import { cloneTestDatabase, testDatabases } from "@/test/test-databases";
import { seedDemoDataIfEmpty } from "./seed-demo-data";
import { seedDemoStaff } from "./seed-demo-staff";

describe.each(testDatabases())("demo data on $name", ({ url: template }) => {
  let db: Database;
  beforeAll(async () => {
    db = createPrismaClient(await cloneTestDatabase(template), { poolSize: 2 });
  });
  afterAll(() => db.$disconnect());

  it("gives a new studio leads, rooms and bookable people once, and leaves it alone after", async () => {
    expect(await seedDemoDataIfEmpty(db)).toEqual({ seeded: true });
    await seedDemoStaff(db);
    expect((await db.room.findMany({ where: { active: true } })).map((room) => room.name).sort()).toEqual(["Studio A", "Studio B"]);
    const people = await db.user.findMany({ orderBy: { email: "asc" }, select: { email: true, skills: true } });
    expect(people).toEqual([
      { email: "owner@studio-desk.test", skills: ["PRODUCER"] },
      { email: "staff@studio-desk.test", skills: ["ENGINEER"] },
    ]);
    expect(await seedDemoDataIfEmpty(db)).toEqual({ seeded: false });
    expect(await db.room.count()).toBe(2);
  });
});
