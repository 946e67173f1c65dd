import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { calendarFeedUrl } from "./calendar-feed-url";
import { createRoom } from "./create-room";
import { listCalendarFeeds } from "./list-calendar-feeds";
import { rotateCalendarFeed } from "./rotate-calendar-feed";

describeEachDatabase("rotateCalendarFeed and listCalendarFeeds", { poolSize: 2 }, ({ db }) => {
  let owner: StaffMember;
  let sam: StaffMember;
  let roomId: string;
  beforeAll(async () => {
    owner = await createStaff(db, "OWNER", { name: "Alex Brandt" });
    sam = await createStaff(db, "STAFF", { name: "Sam Okafor" });
    ({ id: roomId } = await createRoom(db, owner, { name: "Studio A", description: "", hourlyRate: "45", dayRate: "300", active: true }));
  });

  const tokenOf = async (kind: "room" | "person", id: string) => (await listCalendarFeeds(db)).find((feed) => feed.kind === kind && feed.id === id)?.token;

  it("lists each room's and active person's feed with its secret", async () => {
    const feeds = await listCalendarFeeds(db);
    expect(feeds.map(({ kind, label }) => [kind, label])).toEqual([
      ["room", "Studio A"],
      ["person", "Alex Brandt"],
      ["person", "Sam Okafor"],
    ]);
    for (const feed of feeds) expect(feed.token).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(feeds.map((feed) => feed.token)).size).toBe(3);
  });

  it("gives a room's or a person's feed a new random token, leaving the others alone", async () => {
    const before = await listCalendarFeeds(db);
    const { token: roomToken } = await rotateCalendarFeed(db, owner, { kind: "room", id: roomId });
    expect(roomToken).toMatch(/^[0-9a-f]{64}$/);
    expect(await tokenOf("room", roomId)).toBe(roomToken);
    expect(roomToken).not.toBe(before.find((feed) => feed.id === roomId)?.token);

    const { token: samToken } = await rotateCalendarFeed(db, owner, { kind: "person", id: sam.id });
    expect(await tokenOf("person", sam.id)).toBe(samToken);
    expect(samToken).not.toBe(before.find((feed) => feed.id === sam.id)?.token);
    expect(await tokenOf("person", owner.id)).toBe(before.find((feed) => feed.id === owner.id)?.token);

    const { token: again } = await rotateCalendarFeed(db, owner, { kind: "room", id: roomId });
    expect(again).not.toBe(roomToken);
  });

  it("says so for a feed that does not exist, and does not mix rooms and people up", async () => {
    for (const target of [
      { kind: "room" as const, id: sam.id },
      { kind: "person" as const, id: roomId },
      { kind: "room" as const, id: "junk" },
      { kind: "calendar" as "room", id: roomId },
    ]) {
      await expect(rotateCalendarFeed(db, owner, target), JSON.stringify(target)).rejects.toMatchObject({
        code: "calendar-feed-not-found",
        message: "This calendar feed no longer exists. Reload to see the feeds.",
      });
    }
  });

  it("is for owners only", async () => {
    const before = await tokenOf("person", sam.id);
    await expect(rotateCalendarFeed(db, sam, { kind: "person", id: sam.id })).rejects.toMatchObject({ code: "not-owner" });
    expect(await tokenOf("person", sam.id)).toBe(before);
  });

  it("builds the feed's URL under the app's own", () => {
    expect(calendarFeedUrl("https://studio.test", "ab12")).toBe("https://studio.test/api/calendar-feeds/ab12");
    expect(calendarFeedUrl("https://example.com/desk/", "ab12")).toBe("https://example.com/desk/api/calendar-feeds/ab12");
  });
});
