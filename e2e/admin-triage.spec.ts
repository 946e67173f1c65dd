import { expect, test, type Page } from "@playwright/test";
import { generateReference } from "../lib/inquiries/generate-reference";
import { waitForMail } from "./support/mail";
import { expectNoAxeViolations } from "./support/pages";
import { newStaff, projectDatabase, signInWithPassword, uniqueClientIp } from "./support/staff";

test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });

/** A lead of this test's own, with its acknowledgement already sent (as the intake would). */
async function newLead(overrides: { name?: string; email?: string } = {}) {
  const db = await projectDatabase();
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const lead = await db.inquiry.create({
    data: {
      reference: generateReference(),
      roleNeeded: "PRODUCER",
      name: overrides.name ?? `Zara Quill${unique}`,
      email: overrides.email ?? `zara.${unique}@example.com`,
      artistName: `The Quills ${unique}`,
      message: "Four songs written, need a producer to shape the arrangements before tracking in spring.",
      consentedAt: new Date(),
    },
  });
  await db.outboxMessage.create({
    data: { kind: "inquiry.acknowledgement", inquiryId: lead.id, toAddress: lead.email, subject: `We received your inquiry (${lead.reference})`, messageId: `<ack-${lead.id}@studio.test>`, status: "SENT", sentAt: new Date(), textBody: "ack", htmlBody: "<p>ack</p>" },
  });
  return { ...lead, unique };
}

async function openLead(page: Page, id: string) {
  await page.goto(`/admin/leads/${id}`);
}

test("the inbox filters, searches and pages with everything in the URL", async ({ page }) => {
  const staff = await newStaff();
  const lead = await newLead();
  await signInWithPassword(page, staff.email, undefined, "/admin/leads");
  await expect(page.getByRole("heading", { name: "Leads" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Search").fill(`quill${lead.unique}`);
  await page.getByLabel("Needs").selectOption("PRODUCER");
  await page.getByRole("button", { name: "Show leads" }).click();
  await expect(page).toHaveURL(/[?&]q=quill/);
  await expect(page).toHaveURL(/role=PRODUCER/);
  const results = page.getByRole("region", { name: "Results" });
  await expect(results.getByRole("link", { name: lead.artistName! })).toBeVisible();
  await expect(results.getByRole("row")).toHaveCount(2); // header + the one match

  // The same URL in a fresh page shows the same view: bookmarkable.
  const url = page.url();
  await page.goto("/admin/leads");
  await page.goto(url);
  await expect(results.getByRole("link", { name: lead.artistName! })).toBeVisible();

  // Keyset pages: the next page holds different leads, and "previous" comes back.
  await page.goto("/admin/leads?sort=oldest");
  const firstPageLead = await results.getByRole("link").first().textContent();
  const next = page.getByRole("link", { name: "Next page →" });
  if (await next.count()) {
    await next.click();
    await expect(page).toHaveURL(/after=/);
    await expect(results.getByRole("link").first()).not.toHaveText(firstPageLead!);
    await page.getByRole("link", { name: "← Previous page" }).click();
    await expect(results.getByRole("link").first()).toHaveText(firstPageLead!);
  }

  // Junk in the URL is ignored with a notice, never an error page.
  await page.goto("/admin/leads?status=NOPE&sort=sideways");
  await expect(page.getByRole("status").filter({ hasText: "Ignored" }).first()).toBeVisible();
});

test("a lead moves through the pipeline, and a stale second tab sees a conflict", async ({ page, browser }) => {
  const staff = await newStaff();
  const lead = await newLead();
  await signInWithPassword(page, staff.email, undefined, `/admin/leads/${lead.id}`);
  await expectNoAxeViolations(page);

  const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
  const otherPage = await other.newPage();
  await signInWithPassword(otherPage, staff.email, undefined, `/admin/leads/${lead.id}`);

  await page.getByLabel("Move from New to").selectOption("QUOTED");
  await page.getByRole("button", { name: "Move" }).click();
  await expect(page.getByText("Moved to Quoted.")).toBeVisible();

  await otherPage.getByLabel("Move from New to").selectOption("LOST");
  await otherPage.getByRole("button", { name: "Move" }).click();
  await expect(otherPage.getByText(/changed this lead to Quoted/)).toBeVisible();
  expect((await (await projectDatabase()).inquiry.findUniqueOrThrow({ where: { id: lead.id } })).status).toBe("QUOTED");
  await other.close();

  await page.getByLabel("Staff member").selectOption({ label: `${staff.name} (you)` });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Assigned.")).toBeVisible();

  await page.getByLabel("Internal note (never sent to the artist)").fill("Called them: wants a March start.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Called them: wants a March start.")).toBeVisible();
  await expect(page.getByText(`${staff.name} assigned it to ${staff.name}.`)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a reply reaches the artist in the acknowledgement's thread and shows in the timeline", async ({ page }) => {
  const staff = await newStaff();
  const lead = await newLead();
  await signInWithPassword(page, staff.email, undefined, `/admin/leads/${lead.id}`);
  await page.getByLabel("Your reply").fill("Hi Zara, <b>thanks</b>! Can you send the demos?");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByText("Reply queued")).toBeVisible();

  const mail = await waitForMail(lead.email, (candidate) => candidate.parsed.subject?.startsWith("Re:") ?? false);
  expect(mail.parsed.inReplyTo).toBe(`<ack-${lead.id}@studio.test>`);
  expect(mail.parsed.references).toContain(`<ack-${lead.id}@studio.test>`);
  expect(mail.parsed.html).toContain("&lt;b&gt;thanks&lt;/b&gt;");
  // The acknowledgement and the reply, both delivered (the sender marks it just after the SMTP answer).
  await expect(async () => {
    await openLead(page, lead.id);
    await expect(page.getByText(/^Delivered/)).toHaveCount(2, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByText(/^Reply to the artist by/)).toBeVisible();
  await expect(page.getByText("moved it from New to Contacted.")).toBeVisible();
});

test("the dashboard and the CSV export", async ({ page }) => {
  const staff = await newStaff();
  const lead = await newLead({ name: "=HYPERLINK(\"http://evil.example\")" });
  await signInWithPassword(page, staff.email);
  await expect(page.getByRole("heading", { name: /^Hello/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /inquiries per week/i })).toBeVisible();
  await expectNoAxeViolations(page);

  const response = await page.request.get(`/admin/leads/export?q=${encodeURIComponent(lead.unique)}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const csv = await response.text();
  expect(csv).toContain(lead.reference);
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
});

test("an owner erases a lead; staff cannot", async ({ page }) => {
  const owner = await newStaff("OWNER");
  const lead = await newLead();
  await signInWithPassword(page, owner.email, undefined, `/admin/leads/${lead.id}`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Erase personal data" }).click();
  // The page itself is the confirmation: it now shows the erased lead.
  await expect(page.getByRole("heading", { name: `Erased lead ${lead.reference}` })).toBeVisible();
  await openLead(page, lead.id);
  await expect(page.getByRole("heading", { name: `Erased lead ${lead.reference}` })).toBeVisible();
  await expect(page.getByText(lead.email)).toHaveCount(0);
  await expect(page.getByText(`${owner.name} erased the artist's personal data.`)).toBeVisible();

  const staff = await newStaff();
  await page.context().clearCookies();
  const other = await newLead();
  await signInWithPassword(page, staff.email, undefined, `/admin/leads/${other.id}`);
  await expect(page.getByRole("button", { name: "Erase personal data" })).toHaveCount(0);
});
