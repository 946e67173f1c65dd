// The inquiry form's "when" step on a phone (390 × 844), with JavaScript on and off: an artist
// picks a full day and a half day on two different days in a room of this spec's own (the
// default rate card), fills in the form and sends it; the thanks page says until when the time
// is held, and /book shows it taken. Axe checks each step (JavaScript-on runs: axe is a script).
import { expect, test, type Page } from "@playwright/test";
import { addDays } from "../lib/time/zoned-time";
import { expectNoAxeViolations as axeCheck } from "./support/pages";
import { dayButton, freeDays, longDate, newRoomWithRateCard, showMonthOf } from "./support/rooms";
import { formatStudioDate } from "../lib/time/format-studio-time";
import { waitForMail } from "./support/mail";
import { newStaff, projectDatabase, signInWithPassword, uniqueClientIp } from "./support/staff";

test.use({ viewport: { width: 390, height: 844 }, extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });

const MIN_FILL_MS = 3_000; // quicker posts are treated as automated

const kinds = (page: Page) => page.getByRole("group", { name: "What kind of session?" });
const pickedHeading = (page: Page) => page.getByRole("heading", { name: /^Your times \(\d+ selected\)$/ });

async function chooseRoom(page: Page, name: string) {
  const rooms = page.getByRole("group", { name: "Room" });
  // One room of the studio's own needs no choosing; other specs' rooms make several here.
  if (!(await rooms.count())) return 0;
  await rooms.getByRole("button", { name, exact: true }).click();
  await expect(rooms.getByRole("button", { name, exact: true })).toHaveAttribute("aria-pressed", "true");
  return 1;
}

async function fillDetails(page: Page, unique: string) {
  await page.getByRole("radio", { name: /A recording engineer/ }).check();
  await page.getByLabel("Your name").fill(`Juno Achebe ${unique}`);
  await page.getByRole("textbox", { name: /^Email/ }).fill(`juno.${unique}@example.com`);
  await page.getByLabel("About your project").fill("Tracking a live band one day, then vocals in the afternoon another day.");
  await page.getByLabel(/The studio may contact me/).check();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });
    const expectNoAxeViolations = (page: Page) => (javaScriptEnabled ? axeCheck(page) : Promise.resolve());

    test("a full day and a half day, held for the artist, then taken on /book", async ({ page, browser }) => {
      const db = await projectDatabase();
      const room = await newRoomWithRateCard();
      const { calendar, days } = await freeDays(room.id, 2);
      const [full, half] = days as [(typeof days)[number], (typeof days)[number]];
      const unique = `${Date.now().toString(36)}${javaScriptEnabled ? "j" : "n"}`;

      await page.goto("/inquire");
      const shownAt = Date.now();
      // With JavaScript, the picker answers clicks itself once it is running (data-live).
      if (javaScriptEnabled) await expect(page.locator("#when[data-live]")).toBeAttached();
      await expectNoAxeViolations(page);
      // Typed first, so every step after it shows nothing typed is lost.
      await page.getByLabel("Your name").fill(`Juno Achebe ${unique}`);
      await chooseRoom(page, room.name);

      await kinds(page).getByRole("button", { name: /^Full day/ }).click();
      await expect(kinds(page).getByRole("button", { name: /^Full day/ })).toHaveAttribute("aria-pressed", "true");
      await showMonthOf(page, full.date);
      await expectNoAxeViolations(page);
      await dayButton(page, full.date).click();
      await expect(dayButton(page, full.date)).toHaveAccessibleName(/1 picked$/);

      await kinds(page).getByRole("button", { name: /^Half day/ }).click();
      await expect(kinds(page).getByRole("button", { name: /^Half day/ })).toHaveAttribute("aria-pressed", "true");
      await showMonthOf(page, half.date);
      await dayButton(page, half.date).click();
      await expect(page.locator("#when-day")).toHaveText(longDate(half.date));
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: /^10:00–16:00 \w+ Free/ }).click();
      await expect(pickedHeading(page)).toHaveText("Your times (2 selected)");
      await expect(page.getByText(/^Estimate from the rate card: £512/)).toBeVisible();
      await expect(page.getByLabel("Your name")).toHaveValue(`Juno Achebe ${unique}`);
      await expectNoAxeViolations(page);
      if (javaScriptEnabled) {
        await page.emulateMedia({ colorScheme: "dark" });
        await expectNoAxeViolations(page);
        await page.emulateMedia({ colorScheme: "light" });
      }

      // On a phone the step ends in a sticky bar: "2 selected · Continue".
      const bar = page.getByText(/^2 selected/).locator("..");
      await expect(bar).toBeVisible();
      await bar.getByRole("link", { name: "Continue", exact: true }).click();
      await expect(page).toHaveURL(/#details$/);
      await fillDetails(page, unique);
      await expectNoAxeViolations(page);
      await page.waitForTimeout(Math.max(0, MIN_FILL_MS + 500 - (Date.now() - shownAt)));
      await page.getByRole("button", { name: "Send inquiry" }).click();

      await expect(page).toHaveURL(/\/inquire\/thanks\?ref=SD-[0-9A-Z]{5}&time=held&until=/);
      await expect(page.getByRole("status")).toContainText(/held for you until \w{3}, \d{1,2} \w{3} \d{4}, \d\d:\d\d [A-Z][A-Z0-9+:-]+\./);
      await expectNoAxeViolations(page);
      const lead = await db.inquiry.findFirstOrThrow({ where: { email: `juno.${unique}@example.com` }, include: { bookings: { orderBy: { startsAt: "asc" } } } });
      expect(lead.sessionRequestStatus).toBe("HELD");
      expect(lead.bookings.map((booking) => booking.status)).toEqual(["HOLD", "HOLD"]);

      await page.goto(`/book?room=${room.id}&kind=full&day=${full.date}`);
      await expect(dayButton(page, full.date)).toHaveAccessibleName(/no free full day$/);
      await page.goto(`/book?room=${room.id}&kind=full&day=${half.date}`);
      await expect(dayButton(page, half.date)).toHaveAccessibleName(/no free full day$/);
      await page.goto(`/book?room=${room.id}&kind=half&day=${half.date}`);
      await expect(page.getByText(/^10:00–16:00 \w+ · taken$/)).toBeVisible();
      await expect(page.getByRole("button", { name: /^16:00–22:00 \w+ Free/ })).toBeVisible();
      await expectNoAxeViolations(page);

      // The owner (signing in needs JavaScript) confirms the booking with one click; the artist
      // gets one email with both dates.
      const staffContext = await browser.newContext({ javaScriptEnabled: true, baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
      const staffPage = await staffContext.newPage();
      const owner = await newStaff("OWNER");
      await signInWithPassword(staffPage, owner.email, undefined, `/admin/leads/${lead.id}`);
      const booking = staffPage.getByRole("region", { name: /^Booking of 2 days/ });
      await booking.getByRole("button", { name: "Confirm all 2 days" }).click();
      await expect(booking.getByText("Confirmed", { exact: true })).toHaveCount(2);
      await staffContext.close();
      const mail = await waitForMail(lead.email, (candidate) => /^Sessions confirmed/.test(candidate.parsed.subject ?? ""));
      expect(mail.parsed.subject).toContain(`${formatStudioDate(lead.bookings[0]!.startsAt, calendar.timeZone)} and ${formatStudioDate(lead.bookings[1]!.startsAt, calendar.timeZone)}`);
      expect(mail.parsed.text).toMatch(/When: [\s\S]*When: /);
    });
  });
}

test("a full day from /inquire to sent: the actions it takes", async ({ page }) => {
  const room = await newRoomWithRateCard();
  const { days: [day] } = await freeDays(room.id, 1);
  const unique = `${Date.now().toString(36)}c`;
  await page.goto("/inquire");
  const shownAt = Date.now();
  let actions = await chooseRoom(page, room.name);
  await kinds(page).getByRole("button", { name: /^Full day/ }).click();
  await expect(kinds(page).getByRole("button", { name: /^Full day/ })).toHaveAttribute("aria-pressed", "true");
  actions += 1 + (await showMonthOf(page, day!.date));
  await dayButton(page, day!.date).click();
  await page.getByRole("link", { name: "Continue", exact: true }).click();
  actions += 2;
  // A choice, three fields typed (a tap each), consent and send.
  await fillDetails(page, unique);
  actions += 5;
  await page.waitForTimeout(Math.max(0, MIN_FILL_MS + 500 - (Date.now() - shownAt)));
  await page.getByRole("button", { name: "Send inquiry" }).click();
  actions += 1;
  await expect(page).toHaveURL(/\/inquire\/thanks\?ref=SD-.*&time=held/);
  test.info().annotations.push({ type: "actions", description: `${actions} taps from /inquire to sent, besides typing` });
  // Room (when there are several), kind, day, Continue, role, name, email, details, consent,
  // send: ten, and a press of "Next month" when the first free day is in the next month.
  expect(actions).toBeLessThanOrEqual(11);
});

test("a time that cannot be asked for is refused beside the when step, nothing is stored, and what was typed stays", async ({ page }) => {
  const db = await projectDatabase();
  const room = await newRoomWithRateCard();
  const { calendar } = await freeDays(room.id, 1);
  const yesterday = addDays(calendar.today, -1);
  const unique = `${Date.now().toString(36)}x`;
  await page.goto(`/inquire?room=${room.id}&kind=full&pick=${yesterday}_full`);
  const shownAt = Date.now();
  await fillDetails(page, unique);
  await page.waitForTimeout(Math.max(0, MIN_FILL_MS + 500 - (Date.now() - shownAt)));
  await page.getByRole("button", { name: "Send inquiry" }).click();
  const summary = page.locator("#error-summary");
  await expect(summary).toContainText("that day has passed; pick a later one.");
  await expect(summary.getByRole("link", { name: /that day has passed/ })).toHaveAttribute("href", "#when");
  await expect(page.locator("#sessionRequest-error")).toContainText("that day has passed");
  await expect(page.getByRole("region", { name: /When would you like to come in/ })).toHaveAccessibleDescription(/that day has passed/);
  await expect(page.getByLabel("Your name")).toHaveValue(`Juno Achebe ${unique}`);
  await axeCheck(page);
  expect(await db.inquiry.count({ where: { email: `juno.${unique}@example.com` } })).toBe(0);
});
