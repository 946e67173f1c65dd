// The artist's private page: the link in the acknowledgement opens it, it shows where the inquiry
// stands and its sessions, and asking to move a session reaches the studio.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { linkIn, waitForMail } from "./support/mail";
import { BUILT_APP_URL, expectNoAxeViolations } from "./support/pages";
import { newStaff, projectDatabase, uniqueClientIp } from "./support/staff";
import { insertSession } from "../test/support/booking-fixtures";

const STUDIO_INBOX = "studio@localhost"; // STUDIO_INBOX_EMAIL's default; the e2e servers keep it
const DAY = 86_400_000;

test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });

test("the artist follows the link in their acknowledgement and asks to move a session", async ({ page, request, baseURL }) => {
  const unique = randomUUID().slice(0, 8);
  const email = `ines.${unique}@example.com`;
  const submitted = await request.post("/api/inquiries", {
    data: { roleNeeded: "PRODUCER", name: `Inès Duarte ${unique}`, email, projectType: "EP", message: "Four songs for an EP; we would like a producer to help us finish them.", consent: true },
  });
  expect(submitted.status()).toBe(201);
  const { id: inquiryId, reference } = (await submitted.json()) as { id: string; reference: string };

  const acknowledgement = await waitForMail(email, (mail) => mail.parsed.subject?.includes(reference) ?? false);
  const link = new URL(linkIn(acknowledgement, "/your-inquiry/"));
  expect(link.origin).toBe(BUILT_APP_URL);
  const pageUrl = `${baseURL}${link.pathname}`;

  const response = await page.goto(pageUrl);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["cache-control"]).toMatch(/no-store/);
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Inquiry ${reference}`);
  const standing = page.getByRole("region", { name: "Where it stands" });
  await expect(standing).toContainText("Received");
  await expect(standing).toContainText("Producer");
  await expect(standing).toContainText("EP");
  await expect(page.getByText("No studio time is booked yet.")).toBeVisible();
  await expectNoAxeViolations(page);

  // The studio books a session (straight in the database: booking screens are tested elsewhere).
  const db = await projectDatabase();
  const engineer = await newStaff("STAFF");
  const room = await db.room.create({ data: { name: `Portal Room ${unique}`, hourlyRateCents: 4_500, dayRateCents: 30_000 } });
  const startsAt = new Date(Math.ceil((Date.now() + 40 * DAY) / DAY) * DAY + 10 * 3_600_000);
  const endsAt = new Date(startsAt.getTime() + 4 * 3_600_000);
  const booking = await insertSession(db, { inquiryId, roomId: room.id, startsAt, endsAt, status: "CONFIRMED", confirmedAt: new Date() });
  await db.bookingPerson.create({ data: { bookingId: booking.id, startsAt, endsAt, status: "CONFIRMED", role: "ENGINEER", userId: engineer.id } });
  await db.inquiry.update({ where: { id: inquiryId }, data: { status: "BOOKED" } });

  await page.reload();
  await expect(standing).toContainText("Booked");
  const sessions = page.getByRole("region", { name: "Your sessions" });
  const session = sessions.getByRole("listitem").filter({ hasText: room.name });
  await expect(session).toContainText("Confirmed");
  await expect(session).toContainText(engineer.name!);
  await expect(session).not.toContainText(engineer.email);

  // A move needs a word on what would suit; the error is tied to the field and announced.
  await session.getByText("Ask to move or cancel this session").click();
  const form = session.getByRole("form");
  await form.getByLabel("Move it to another time").check();
  await form.getByRole("button", { name: "Send to the studio" }).click();
  const message = form.getByLabel("Message");
  await expect(message).toHaveAttribute("aria-invalid", "true");
  await expect(message).toHaveAccessibleDescription(/tell us which days or times would suit you better/);
  await expectNoAxeViolations(page);

  await message.fill("Could we move it a week later? Any weekday works for the band.");
  await form.getByRole("button", { name: "Send to the studio" }).click();
  await expect(form.getByText("we have your request to move this session")).toBeVisible();
  await expect(session).toContainText(/You asked us on .+ to move this session/);
  await expectNoAxeViolations(page);

  // Asking again is not a second request.
  await message.fill("Again, in case.");
  await form.getByRole("button", { name: "Send to the studio" }).click();
  await expect(form.getByText("We already have your request about this session")).toBeVisible();
  expect(await db.artistRequest.count({ where: { bookingId: booking.id } })).toBe(1);
  expect(await db.leadEvent.count({ where: { inquiryId, type: "ARTIST_ASKED_TO_MOVE", bookingId: booking.id, actorId: null } })).toBe(1);

  const studioMail = await waitForMail(STUDIO_INBOX, (mail) => (mail.parsed.subject?.includes(`Artist asks to move`) && mail.parsed.subject.includes(reference)) ?? false);
  expect(studioMail.parsed.replyTo?.[0]).toMatchObject({ address: email });
  expect(studioMail.parsed.text).toContain("Could we move it a week later?");
  expect(studioMail.parsed.text).toContain(room.name);
  expect(linkIn(studioMail, `/admin/leads/${inquiryId}`)).toBe(`${BUILT_APP_URL}/admin/leads/${inquiryId}`);
});

test("a wrong or tampered link shows a calm page that says nothing about any inquiry", async ({ page }) => {
  for (const token of ["not-a-real-token", `${"A".repeat(70)}Q`]) {
    const response = await page.goto(`/your-inquiry/${token}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is not valid or has expired");
    await expect(page.getByRole("link", { name: "hello@studiodesk.example" }).first()).toBeVisible();
  }
  await expectNoAxeViolations(page);
});
