import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { createPrismaClient } from "@/lib/database/create-prisma-client";
import { ExpectedError } from "@/lib/errors/expected-error";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { createRoom, type RoomInput } from "./create-room";
import { listRooms } from "./list-rooms";
import { updateRoom } from "./update-room";

const room = (overrides: Partial<RoomInput> = {}): RoomInput => ({ name: "Live Room", description: "", hourlyRate: "45", dayRate: "320", active: true, ...overrides });

describeEachDatabase("createRoom and updateRoom", { poolSize: 2 }, ({ db, url: databaseUrl }) => {
  let owner: StaffMember;
  let staff: StaffMember;
  beforeAll(async () => {
    owner = await createStaff(db, "OWNER");
    staff = await createStaff(db, "STAFF");
  });

  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ExpectedError);
    return error as ExpectedError;
  };

  it("creates a room with its rates in cents, and updates every field", async () => {
    const { id } = await createRoom(db, owner, room({ name: " Studio A ", description: "Neve desk,\r\nlive room for a five-piece.", hourlyRate: "45.50", dayRate: "£1,250" }));
    expect(await listRooms(db)).toEqual([{ id, name: "Studio A", description: "Neve desk,\nlive room for a five-piece.", hourlyRateCents: 4550, dayRateCents: 125000, active: true }]);

    await updateRoom(db, owner, { roomId: id, ...room({ name: "Studio A (Neve)", description: "", hourlyRate: "50", dayRate: "400.5", active: false }) });
    expect(await listRooms(db)).toEqual([{ id, name: "Studio A (Neve)", description: "", hourlyRateCents: 5000, dayRateCents: 40050, active: false }]);
    expect(await listRooms(db, { activeOnly: true })).toEqual([]);
  });

  it("refuses a name another room has, whatever its case, with a clear message", async () => {
    await createRoom(db, owner, room({ name: "Vocal Booth" }));
    const clash = await failure(createRoom(db, owner, room({ name: "vocal booth" })));
    expect(clash.fieldErrors).toEqual({ name: ["There is already a room called “Vocal Booth”. Choose another name."] });

    const { id } = await createRoom(db, owner, room({ name: "Booth B" }));
    expect((await failure(updateRoom(db, owner, { roomId: id, ...room({ name: "VOCAL BOOTH" }) }))).fieldErrors).toEqual({
      name: ["There is already a room called “Vocal Booth”. Choose another name."],
    });
    // Keeping its own name, or changing only its case, is not a clash.
    await updateRoom(db, owner, { roomId: id, ...room({ name: "Booth B", hourlyRate: "30" }) });
    await updateRoom(db, owner, { roomId: id, ...room({ name: "booth b" }) });
    expect((await listRooms(db)).map((candidate) => candidate.name)).toContain("booth b");
  });

  it("lets only one of two rooms created at once with the same name through", async () => {
    const other = createPrismaClient(databaseUrl, { poolSize: 2 });
    try {
      const results = await Promise.allSettled([createRoom(db, owner, room({ name: "Echo Chamber" })), createRoom(other, owner, room({ name: "ECHO CHAMBER" }))]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
      expect(rejected?.reason).toMatchObject({ code: "room-name-taken" });
    } finally {
      await other.$disconnect();
    }
  });

  it("names every bad field: missing name, rates that are not money, a description too long", async () => {
    const error = await failure(createRoom(db, owner, room({ name: "  ", hourlyRate: "45.505", dayRate: "-10", description: "x".repeat(1001) })));
    expect(error.message).toBe("Some fields need attention.");
    expect(error.fieldErrors).toEqual({
      name: ["Give the room a name."],
      description: ["The description can be at most 1,000 characters."],
      hourlyRate: ["Enter the hourly rate as an amount such as 45 or 45.50 (at most 1,000,000)."],
      dayRate: ["Enter the day rate as an amount such as 45 or 45.50 (at most 1,000,000)."],
    });
    expect((await failure(createRoom(db, owner, room({ name: "Line\nbreak", hourlyRate: "", dayRate: undefined })))).fieldErrors).toEqual({
      name: ["The room's name contains characters we cannot accept."],
      hourlyRate: ["Enter the hourly rate as an amount such as 45 or 45.50 (at most 1,000,000)."],
      dayRate: ["Enter the day rate as an amount such as 45 or 45.50 (at most 1,000,000)."],
    });
    expect((await listRooms(db)).map((candidate) => candidate.name)).not.toContain("Line\nbreak");
  });

  it("says so when the room to update does not exist", async () => {
    for (const roomId of ["5b0e3a52-0c1f-4c55-9d6e-0a6f6f1f9a11", "junk"]) {
      expect((await failure(updateRoom(db, owner, { roomId, ...room({ name: "Ghost" }) }))).message).toBe("This room no longer exists. Reload to see the rooms.");
    }
  });

  it("is for owners only", async () => {
    const { id } = await createRoom(db, owner, room({ name: "Owners Only" }));
    await expect(createRoom(db, staff, room({ name: "Staff Room" }))).rejects.toMatchObject({ code: "not-owner" });
    await expect(updateRoom(db, staff, { roomId: id, ...room({ name: "Renamed" }) })).rejects.toMatchObject({ code: "not-owner" });
    const names = (await listRooms(db)).map((candidate) => candidate.name);
    expect(names).toContain("Owners Only");
    expect(names).not.toContain("Staff Room");
    expect(names).not.toContain("Renamed");
  });
});
