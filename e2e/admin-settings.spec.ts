// The owners' studio setup. The e2e database is shared with the other specs (some book sessions
// against the opening hours), so this spec makes uniquely named rooms and people, puts its
// closure years ahead, changes only Sunday's hours and puts Sunday back as it found it.
import { expect, test, type Page } from "@playwright/test";
import { addDays, todayIn } from "../lib/time/zoned-time";
import { expectNoAxeViolations } from "./support/pages";
import { newStaff, projectDatabase, signInWithPassword, uniqueClientIp } from "./support/staff";

test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
// The specs running beside this one add rooms and people, and this page lists them all.
test.setTimeout(90_000);

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

test("an owner sets opening hours, adds a room and a closure, sets a person's skills and rotates a feed", async ({ page }) => {
  const db = await projectDatabase();
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const owner = await newStaff("OWNER");
  const engineer = await newStaff("STAFF");
  const sundayBefore = await db.openingHours.findUnique({ where: { weekday: 7 } });

  await signInWithPassword(page, owner.email, undefined, "/admin/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Settings" })).toBeVisible();
  for (const heading of ["Studio", "Reminders", "Opening hours", "Closures", "Rooms", "People", "Calendar feeds"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  try {
    // Opening hours: a bad time is named, then Sunday opens at noon until midnight.
    const hours = section(page, "Opening hours");
    await hours.getByLabel("Sunday closed").uncheck();
    await hours.getByLabel("Sunday opens").fill("12:00");
    await hours.getByLabel("Sunday closes").fill("11:00");
    await hours.getByRole("button", { name: "Save opening hours" }).click();
    await expect(hours.getByRole("link", { name: "Sunday must close after it opens." })).toBeVisible();
    await expectNoAxeViolations(page);
    await hours.getByLabel("Sunday closes").fill("24:00");
    await hours.getByRole("button", { name: "Save opening hours" }).click();
    await expect(hours.getByText("Opening hours saved.")).toBeVisible();
    expect(await db.openingHours.findUnique({ where: { weekday: 7 } })).toEqual({ weekday: 7, opensAt: 720, closesAt: 1440 });
  } finally {
    await db.openingHours.deleteMany({ where: { weekday: 7 } });
    if (sundayBefore) await db.openingHours.create({ data: sundayBefore });
  }

  // Reminders: the arrival note is saved, and a bad number of days is named.
  const reminders = section(page, "Reminders");
  const remindersBefore = await db.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { prepReminderDays: true, logisticsNote: true } });
  try {
    await reminders.getByLabel("Days before the session").fill("20");
    await reminders.getByRole("button", { name: "Save reminders" }).click();
    await expect(reminders.getByRole("link", { name: "Send the preparation reminder a whole number of days from 1 to 14 before." })).toBeVisible();
    await reminders.getByLabel("Days before the session").fill("4");
    await reminders.getByLabel("Arrival and parking").fill(`Blue door ${unique}`);
    await reminders.getByRole("button", { name: "Save reminders" }).click();
    await expect(reminders.getByText("Reminders saved.")).toBeVisible();
    expect(await db.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { prepReminderDays: true, logisticsNote: true } })).toEqual({ prepReminderDays: 4, logisticsNote: `Blue door ${unique}` });
  } finally {
    await db.studioSettings.update({ where: { id: 1 }, data: remindersBefore });
  }

  // Rooms: added with its rates, listed, and its name cannot be taken twice.
  const roomName = `E2E Room ${unique}`;
  const addRoom = section(page, "Add a room");
  await addRoom.getByLabel("Name").fill(roomName);
  await addRoom.getByLabel(/Hourly rate/).fill("45.50");
  await addRoom.getByLabel(/Day rate/).fill("320");
  await addRoom.getByLabel("Description").fill("Vocal booth with a <b>tube</b> mic.");
  await addRoom.getByRole("button", { name: "Add room" }).click();
  await expect(addRoom.getByText(`Room “${roomName}” added.`)).toBeVisible();
  const roomRow = section(page, "Rooms").getByRole("row", { name: new RegExp(roomName) });
  await expect(roomRow).toContainText("45.50");
  await expect(roomRow).toContainText("320.00");
  await expect(roomRow).toContainText("Vocal booth with a <b>tube</b> mic.");
  const room = await db.room.findUniqueOrThrow({ where: { name: roomName } });
  expect(room).toMatchObject({ hourlyRateCents: 4550, dayRateCents: 32000, active: true });

  // Its rate card starts priced from its rates; the owner stops selling full days and changes the hours.
  const rates = page.locator("details").filter({ has: page.getByText(`Rate card of ${roomName}`, { exact: true }) });
  await rates.locator("summary").click();
  const hourly = rates.getByRole("group", { name: "By the hour" });
  await expect(hourly.getByLabel(/Price/)).toHaveValue("45.50");
  const changeRates = async (minimumHours: string) => {
    await rates.getByRole("group", { name: "Full day" }).getByLabel("Offer this").uncheck();
    await hourly.getByLabel(/Price/).fill("50");
    await hourly.getByLabel("Minimum hours").fill(minimumHours);
    await rates.getByRole("button", { name: `Save the rate card of ${roomName}` }).click();
  };
  await changeRates("0");
  await expect(rates.getByRole("link", { name: "By the hour: the minimum is a whole number of hours from 1 to 24." })).toBeVisible();
  await expectNoAxeViolations(page);
  await changeRates("3");
  await expect(rates.getByText("Rate card saved.")).toBeVisible();
  expect(await db.roomOffer.findMany({ where: { roomId: room.id }, orderBy: { kind: "asc" }, select: { kind: true, priceMinor: true, minHours: true, active: true } })).toEqual([
    { kind: "HOURLY", priceMinor: 5000, minHours: 3, active: true },
    { kind: "HALF_DAY", priceMinor: 19200, minHours: null, active: true },
    { kind: "FULL_DAY", priceMinor: 32000, minHours: null, active: false },
    { kind: "LOCKOUT", priceMinor: 28800, minHours: null, active: true },
  ]);

  await addRoom.getByLabel("Name").fill(roomName.toUpperCase());
  await addRoom.getByLabel(/Hourly rate/).fill("40");
  await addRoom.getByLabel(/Day rate/).fill("300");
  await addRoom.getByRole("button", { name: "Add room" }).click();
  await expect(addRoom.getByRole("link", { name: `There is already a room called “${roomName}”. Choose another name.` })).toBeVisible();

  // Closures: one day years ahead (clear of other specs' sessions), listed, then removed.
  const { timeZone } = await db.studioSettings.findUniqueOrThrow({ where: { id: 1 } });
  const closureDay = addDays(todayIn(timeZone), 1000 + Math.floor(Math.random() * 500));
  const reason = `E2E closure ${unique}`;
  const addClosure = section(page, "Add a closure");
  await addClosure.getByLabel("First day").fill(closureDay);
  await addClosure.getByLabel("Last day").fill(closureDay);
  await addClosure.getByLabel("Reason").fill(reason);
  await addClosure.getByRole("button", { name: "Add closure" }).click();
  await expect(addClosure.getByText("Closure added.")).toBeVisible();
  const closureItem = section(page, "Upcoming").getByRole("listitem").filter({ hasText: reason });
  await expect(closureItem).toBeVisible();

  // People: the engineer's skills and rate, kept after a reload. Their fields are a group named
  // after them; the form's button and outcome come after the group, in the same list item.
  const person = section(page, "People")
    .getByRole("listitem")
    .filter({ has: page.getByRole("group", { name: engineer.name!, exact: true }) });
  await person.getByLabel("Engineer").check();
  await person.getByLabel(/Hourly rate/).fill("30");
  await person.getByRole("button", { name: `Save ${engineer.name}` }).click();
  await expect(person.getByText("Skills and rates saved.")).toBeVisible();
  expect(await db.user.findUniqueOrThrow({ where: { id: engineer.id } })).toMatchObject({ skills: ["ENGINEER"], hourlyRateCents: 3000, dayRateCents: null });

  await page.reload();
  await expect(section(page, "Opening hours").getByLabel("Sunday closed")).toBeChecked({ checked: !sundayBefore });
  await expect(section(page, "Rooms").getByRole("row", { name: new RegExp(roomName) })).toBeVisible();
  await expect(person.getByLabel("Engineer")).toBeChecked();
  await expect(person.getByLabel("Producer")).not.toBeChecked();
  await expect(person.getByLabel(/Hourly rate/)).toHaveValue("30.00");
  await expect(closureItem).toBeVisible();

  // Calendar feeds: the room's secret URL, replaced by a new one on Rotate.
  const feeds = section(page, "Calendar feeds");
  const feedRow = feeds.getByRole("row", { name: new RegExp(`Room: ${roomName}`) });
  await expect(feedRow).toContainText(`/api/calendar-feeds/${room.calendarFeedToken}`);
  page.once("dialog", (dialog) => dialog.accept());
  await feedRow.getByRole("button", { name: `Rotate ${roomName} feed` }).click();
  await expect(feedRow.getByText("New feed URL made: the old one no longer works.")).toBeVisible();
  const rotated = (await db.room.findUniqueOrThrow({ where: { id: room.id } })).calendarFeedToken;
  expect(rotated).toMatch(/^[0-9a-f]{64}$/);
  expect(rotated).not.toBe(room.calendarFeedToken);
  await expect(feedRow).toContainText(`/api/calendar-feeds/${rotated}`);

  page.once("dialog", (dialog) => dialog.accept());
  await closureItem.getByRole("button", { name: /^Remove/ }).click();
  await expect(section(page, "Upcoming").getByText(reason)).toHaveCount(0);
  expect(await db.closure.count({ where: { reason } })).toBe(0);
  await expectNoAxeViolations(page);
});

test("staff do not see the settings", async ({ page }) => {
  const staff = await newStaff("STAFF");
  await signInWithPassword(page, staff.email, undefined, "/admin");
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Settings" })).toHaveCount(0);
  const response = await page.goto("/admin/settings");
  expect(response?.status()).toBe(404);
});
