// Every admin page speaks the studio's time zone (which is not UTC here: Europe/London, GMT or
// BST), and none scrolls sideways on a 390 px phone.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { generateReference } from "../lib/inquiries/generate-reference";
import { createRoom, insertSession } from "../test/support/booking-fixtures";
import { newStaff, projectDatabase, signInWithPassword, uniqueClientIp } from "./support/staff";

test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
test.setTimeout(90_000);

test("no admin page prints UTC or scrolls sideways at 390 px", async ({ page }) => {
  const db = await projectDatabase();
  const { timeZone } = await db.studioSettings.findUniqueOrThrow({ where: { id: 1 } });
  expect(timeZone).not.toBe("UTC");
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const room = await createRoom(db, { name: `Zone room ${unique}` });
  const lead = await db.inquiry.create({
    data: { reference: generateReference(), roleNeeded: "PRODUCER", name: `Kofi Boateng${unique}`, email: `kofi.${unique}@example.com`, message: "A single to produce.", consentedAt: new Date() },
  });
  const startsAt = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000 + (90 + Math.floor(Math.random() * 200)) * 86_400_000 + 11 * 3_600_000);
  await insertSession(db, { inquiryId: lead.id, roomId: room.id, startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000), status: "HOLD", holdExpiresAt: new Date(Date.now() + 86_400_000) });
  await db.leadNote.create({ data: { inquiryId: lead.id, body: "Called back." } });
  // A long address in the open invitations, as other specs leave them, must not widen the page.
  await db.invitation.create({ data: { email: `a.very.long.address.for.a.new.engineer.${unique}@recording-studio.example.com`, tokenHash: randomBytes(32).toString("hex"), expiresAt: new Date(Date.now() + 86_400_000) } });

  const owner = await newStaff("OWNER");
  await page.setViewportSize({ width: 390, height: 844 });
  await signInWithPassword(page, owner.email);
  for (const path of ["/admin", "/admin/leads", `/admin/leads/${lead.id}`, "/admin/calendar", "/admin/settings", "/admin/settings/billing", "/admin/staff", "/admin/system", "/admin/account"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // What the page says, not the choices of a time-zone picker (whose list names UTC itself).
    const text = await page.evaluate(() => {
      const copy = document.body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("select, script, style").forEach((element) => element.remove());
      return copy.innerText;
    });
    expect(text, path).not.toMatch(/\bUTC\b/);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      // The outermost elements that stick out, to say what to fix.
      wide: [...document.querySelectorAll("body *")]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !(element.parentElement && element.parentElement.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
        // Inside a box that scrolls on its own, sticking out is what the box is for.
        .filter((element) => !element.closest(".overflow-x-auto"))
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 120)),
    }));
    expect(widths.scroll, `${path} scrolls sideways at 390 px (${widths.scroll} px): ${widths.wide.join(" | ")}`).toBeLessThanOrEqual(widths.client);
  }
});
