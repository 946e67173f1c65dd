import { expect, it } from "vitest";
import { describeEachDatabase } from "@/test/test-databases";
import { seedDemoDataIfEmpty } from "./seed-demo-data";
import { seedDemoStaff } from "./seed-demo-staff";

describeEachDatabase("demo data", { poolSize: 2 }, ({ db }) => {

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
