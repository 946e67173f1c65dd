// /book: the same calendar as the inquiry form's "when" step, on its own and shareable. Taken
// time shows as not free (never whose), and "Continue" carries the room, the picks and the role
// into /inquire. Other specs share the database, so this one makes its own rooms.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { wallClockToInstant } from "../lib/time/zoned-time";
import { expectNoAxeViolations } from "./support/pages";
import { insertSession } from "../test/support/booking-fixtures";
import { dayButton, freeDays, newRoomWithRateCard } from "./support/rooms";
import { projectDatabase, uniqueClientIp } from "./support/staff";

test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });

test("a confirmed session shows as taken on /book, with no names, and the page passes axe", async ({ page, request }) => {
  const db = await projectDatabase();
  const room = await newRoomWithRateCard();
  const { calendar, days: [day] } = await freeDays(room.id, 1);
  const artist = `Wren Halloway ${Date.now().toString(36)}`;
  const submitted = await request.post("/api/inquiries", {
    data: { roleNeeded: "ENGINEER", name: artist, email: `wren.${Date.now()}@example.com`, message: "Vocals for three songs, the band is already tracked.", consent: true },
  });
  expect(submitted.status()).toBe(201);
  const { id: inquiryId } = (await submitted.json()) as { id: string };
  // 11:00–13:00: the full day and the morning half are taken, the afternoon half is free.
  const at = (minutes: number) => wallClockToInstant(day!.date, minutes, calendar.timeZone);
  await insertSession(db, { inquiryId, roomId: room.id, status: "CONFIRMED", startsAt: at(660), endsAt: at(780), confirmedAt: new Date() });

  const response = await page.goto(`/book?room=${room.id}&kind=full&day=${day!.date}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Studio availability");
  await expect(dayButton(page, day!.date)).toHaveAccessibleName(/no free full day$/);
  await expect(page.locator("#when-day").locator("..")).toContainText(`Already taken that day: 11:00–13:00`);
  await page.goto(`/book?room=${room.id}&kind=half&day=${day!.date}`);
  await expect(dayButton(page, day!.date)).toHaveAccessibleName(/free half days from 16:00 [A-Z]+$/);
  await expect(page.getByText(/^10:00–16:00 \w+ · taken$/)).toBeVisible();
  expect(await page.content()).not.toContain(artist);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Availability" })).toHaveAttribute("href", "/book");

  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);
});

test("Continue carries the room, the days and the role to /inquire", async ({ page }) => {
  const room = await newRoomWithRateCard();
  const { days } = await freeDays(room.id, 2);
  const [first, second] = days as [(typeof days)[number], (typeof days)[number]];
  await page.goto(`/book?role=PRODUCER&room=${room.id}&kind=full&day=${first.date}&pick=${first.date}_full&pick=${second.date}_half_1000`);
  await expect(page.getByRole("heading", { name: /Your times \(2 selected\)/ })).toBeVisible();
  await page.getByRole("link", { name: "Continue to the inquiry form" }).click();
  await expect(page).toHaveURL(new RegExp(`/inquire\\?role=PRODUCER&room=${room.id}&kind=full&day=${first.date}&pick=${first.date}_full&pick=${second.date}_half_1000$`));
  await expect(page.getByRole("radio", { name: /A music producer/ })).toBeChecked();
  await expect(page.getByRole("heading", { name: /Your times \(2 selected\)/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("/book ships one client component of its own: the picker", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "embedded", "reads the build output once");
  const route = "(site)/book/page";
  const file = path.join(".next/server/app", `${route}_client-reference-manifest.js`);
  const sandbox = { __RSC_MANIFEST: {} as Record<string, { clientModules: Record<string, unknown> }> };
  new Function("globalThis", readFileSync(file, "utf8"))(sandbox);
  const modules = Object.keys(sandbox.__RSC_MANIFEST[`/${route}`]!.clientModules);
  const ours = [...new Set(modules.filter((id) => !id.startsWith("[project]/node_modules/next/")).map((id) => id.replace(/ <.*$/, "")))];
  expect(ours).toEqual(["[project]/components/when/when-picker.tsx"]);
});
