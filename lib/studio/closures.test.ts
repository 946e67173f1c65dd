import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { ExpectedError } from "@/lib/errors/expected-error";
import { createRoom, insertSession } from "@/test/support/booking-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { addClosure } from "./add-closure";
import { listClosures } from "./list-closures";
import { removeClosure } from "./remove-closure";

describeEachDatabase("addClosure and removeClosure", { poolSize: 2 }, ({ db }) => {
  let owner: StaffMember;
  let staff: StaffMember;
  beforeAll(async () => {
    owner = await createStaff(db, "OWNER");
    staff = await createStaff(db, "STAFF");
  });

  const december = () => listClosures(db, { from: "2026-12-01", to: "2026-12-31" });
  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ExpectedError);
    return error as ExpectedError;
  };

  it("adds closures of one day or several, inclusive, and removes them", async () => {
    const christmas = await addClosure(db, owner, { startsOn: "2026-12-24", endsOn: "2026-12-26", reason: "  Christmas  " });
    const maintenance = await addClosure(db, owner, { startsOn: "2026-12-02", endsOn: "2026-12-02", reason: "Desk maintenance" });
    expect(christmas).toEqual({ id: expect.any(String), startsOn: "2026-12-24", endsOn: "2026-12-26", reason: "Christmas" });
    expect(await december()).toEqual([maintenance, christmas]);
    expect(await listClosures(db, { from: "2026-12-26", to: "2026-12-26" })).toEqual([christmas]);

    await removeClosure(db, owner, { closureId: maintenance.id });
    expect(await december()).toEqual([christmas]);
    await removeClosure(db, owner, { closureId: christmas.id });
    expect(await december()).toEqual([]);
  });

  it("refuses a closure that ends before it starts, dates that are not dates and a missing reason", async () => {
    expect((await failure(addClosure(db, owner, { startsOn: "2026-12-10", endsOn: "2026-12-09", reason: "Oops" }))).fieldErrors).toEqual({
      endsOn: ["The last day cannot be before the first day."],
    });
    expect((await failure(addClosure(db, owner, { startsOn: "2026-02-30", endsOn: "tomorrow", reason: " \n " }))).fieldErrors).toEqual({
      startsOn: ["Enter the first day of the closure as a date."],
      endsOn: ["Enter the last day of the closure as a date."],
      reason: ["Say why the studio is closed, such as “Christmas”."],
    });
    expect((await failure(addClosure(db, owner, { startsOn: "2026-12-10", endsOn: "2026-12-10", reason: "x".repeat(201) }))).fieldErrors).toEqual({
      reason: ["The reason can be at most 200 characters."],
    });
    expect((await failure(addClosure(db, owner, { startsOn: null, endsOn: undefined, reason: "Bank holiday\u0000" }))).fieldErrors).toEqual({
      startsOn: ["Enter the first day of the closure."],
      endsOn: ["Enter the last day of the closure."],
      reason: ["The reason contains characters we cannot accept."],
    });
    expect(await december()).toEqual([]);
  });

  it("says so when the closure is already gone, or never was", async () => {
    const closure = await addClosure(db, owner, { startsOn: "2026-12-31", endsOn: "2026-12-31", reason: "New Year's Eve" });
    await removeClosure(db, owner, { closureId: closure.id });
    for (const closureId of [closure.id, "not-a-uuid"]) {
      expect((await failure(removeClosure(db, owner, { closureId }))).message).toBe("This closure was already removed. Reload to see the current closures.");
    }
  });

  it("lists the live sessions a closure would fall on, and adds it only when they are kept on purpose", async () => {
    const room = await createRoom(db, { name: `Closure room ${Date.now()}` });
    const lead = await createLead(db);
    // 1 March 2027, 10:00–14:00 in London (GMT): a live hold; an expired one the same day does not count.
    await insertSession(db, { inquiryId: lead.id, roomId: room.id, startsAt: new Date("2027-03-01T10:00:00Z"), endsAt: new Date("2027-03-01T14:00:00Z"), status: "HOLD", holdExpiresAt: new Date("2027-02-20T00:00:00Z") });
    await insertSession(db, { inquiryId: lead.id, roomId: room.id, startsAt: new Date("2027-03-01T15:00:00Z"), endsAt: new Date("2027-03-01T16:00:00Z"), status: "EXPIRED" });
    const refused = await failure(addClosure(db, owner, { startsOn: "2027-03-01", endsOn: "2027-03-01", reason: "Flood" }));
    expect(refused.message).toMatch(new RegExp(`^A live session falls on those days: Mon, 1 Mar 2027, 10:00 GMT – 14:00 GMT, ${room.name} \\(${lead.reference}\\)\\. Move or cancel it first`));
    expect(refused.fieldErrors?.keepSessions).toEqual([refused.message]);
    expect(await listClosures(db, { from: "2027-03-01", to: "2027-03-01" })).toEqual([]);
    // The day after is clear; kept on purpose, the closure over it is added.
    await expect(addClosure(db, owner, { startsOn: "2027-03-02", endsOn: "2027-03-02", reason: "Clear" })).resolves.toMatchObject({ startsOn: "2027-03-02" });
    await expect(addClosure(db, owner, { startsOn: "2027-03-01", endsOn: "2027-03-01", reason: "Flood", keepSessions: true })).resolves.toMatchObject({ startsOn: "2027-03-01" });
  });

  it("is for owners only", async () => {
    const closure = await addClosure(db, owner, { startsOn: "2026-12-15", endsOn: "2026-12-16", reason: "Studio party" });
    await expect(addClosure(db, staff, { startsOn: "2026-12-20", endsOn: "2026-12-20", reason: "Sneaky" })).rejects.toMatchObject({ code: "not-owner" });
    await expect(removeClosure(db, staff, { closureId: closure.id })).rejects.toMatchObject({ code: "not-owner" });
    expect(await december()).toEqual([closure]);
  });
});
