// A booking carried to paid, as the people do it: the studio sends a proposal, the artist accepts
// it on their page, pays the deposit by bank transfer, an owner marks it paid, which confirms the
// hold, and the artist downloads the invoice.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { generateReference } from "../lib/inquiries/generate-reference";
import { createRoom, insertSession } from "../test/support/booking-fixtures";
import { takeBillingSettingsTurn } from "./support/billing-settings-turn";
import { linkIn, waitForMail } from "./support/mail";
import { expectNoAxeViolations } from "./support/pages";
import { newStaff, projectDatabase, signInWithPassword, uniqueClientIp } from "./support/staff";

test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });

const DAY_MS = 86_400_000;

let releaseSettings: (() => Promise<void>) | undefined;
test.afterEach(async () => {
  await releaseSettings?.();
  releaseSettings = undefined;
});

test("the artist accepts the proposal and pays the deposit by bank transfer; an owner marks it paid, which confirms the booking", async ({ page, browser, baseURL }) => {
  const db = await projectDatabase();
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  // The studio takes a deposit and has terms for the artist to accept; the billing settings spec
  // waits its turn meanwhile.
  releaseSettings = await takeBillingSettingsTurn();
  await db.billingSettings.update({ where: { id: 1 }, data: { depositRule: "PERCENT", depositPercent: 50, legalName: "Canal Street Studios Ltd", address: "12 Canal Street, London", bankInstructions: "Sort code 12-34-56, account 12345678" } });
  const latest = await db.termsVersion.findFirst({ orderBy: { version: "desc" } });
  if (!latest) await db.termsVersion.create({ data: { version: 1, body: "Recordings belong to the artist once paid in full." } });

  const room = await createRoom(db, { name: `Deposit room ${unique}` });
  const lead = await db.inquiry.create({
    data: { reference: generateReference(), roleNeeded: "ENGINEER", name: `Ama Mensah${unique}`, email: `ama.${unique}@example.com`, message: "A day to track drums.", consentedAt: new Date() },
  });
  const startsAt = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + (60 + Math.floor(Math.random() * 200)) * DAY_MS + 11 * 3_600_000);
  await insertSession(db, { inquiryId: lead.id, roomId: room.id, startsAt, endsAt: new Date(startsAt.getTime() + 4 * 3_600_000), status: "HOLD", holdExpiresAt: new Date(Date.now() + 2 * DAY_MS) });

  // The studio: one click sends the proposal.
  const owner = await newStaff("OWNER");
  await signInWithPassword(page, owner.email, undefined, `/admin/leads/${lead.id}`);
  const money = page.getByRole("region", { name: "Proposal, invoices and payments" });
  await money.getByRole("button", { name: "Send proposal" }).click();
  await expect(money.getByText(/^Proposal version 1 sent: £/)).toBeVisible();

  // The artist, from the proposal's email.
  const proposalMail = await waitForMail(lead.email, (mail) => /^Your proposal from /.test(mail.parsed.subject ?? ""));
  const artistUrl = `${baseURL}${new URL(linkIn(proposalMail, "/your-inquiry/")).pathname}`;
  const artist = await browser.newContext({ javaScriptEnabled: true, acceptDownloads: true });
  const artistPage = await artist.newPage();
  await artistPage.goto(artistUrl);
  const proposal = artistPage.getByRole("region", { name: "Proposal and payments" });
  await expect(proposal.getByText("If you cancel")).toBeVisible();
  await expect(proposal).toContainText("Cancel at least");
  await expectNoAxeViolations(artistPage);
  // Accepting without a name or the tick is refused, saying so beside each field.
  await proposal.getByRole("button", { name: "Accept the proposal" }).click();
  await expect(proposal.getByText("Type your full name to accept (2 to 120 characters).")).toBeVisible();
  await expect(proposal.getByText("Tick the box to say you accept the terms and the cancellation policy.")).toBeVisible();
  await proposal.getByLabel("Your full name").fill(`Ama Mensah${unique}`);
  await proposal.getByLabel(/^I accept this proposal/).check();
  await proposal.getByRole("button", { name: "Accept the proposal" }).click();
  // The page refreshes in place: the acceptance, and the deposit invoice to pay.
  await expect(proposal.getByRole("status")).toContainText("You accepted this proposal on");
  await expect(proposal.getByRole("status")).toContainText("Your deposit invoice is below: paying it confirms your booking.");
  const depositInvoice = await db.invoice.findFirstOrThrow({ where: { inquiryId: lead.id, kind: "DEPOSIT" } });
  await expect(proposal.getByRole("heading", { name: new RegExp(`^Deposit invoice ${depositInvoice.number}`) })).toBeVisible();
  await expect(proposal.getByText("Sort code 12-34-56, account 12345678")).toBeVisible();
  // The deposit invoice reached the artist by email too, with its PDF (rendered by the server's
  // own background sender).
  const invoiceMail = await waitForMail(lead.email, (mail) => (mail.parsed.subject ?? "").startsWith(`Deposit invoice ${depositInvoice.number}`));
  const attached = invoiceMail.parsed.attachments.find((attachment) => attachment.filename === `${depositInvoice.number}.pdf`);
  expect(attached?.mimeType).toBe("application/pdf");
  await expectNoAxeViolations(artistPage);

  // The owner marks the transfer paid: the hold becomes a confirmed booking.
  await page.reload();
  await money.getByText(`Record a payment for ${depositInvoice.number}`).click();
  await money.getByLabel("Bank reference").fill(`MENSAH ${depositInvoice.number}`);
  await money.getByRole("button", { name: "Record payment" }).click();
  // The page refreshes: the deposit is paid, the payment listed, and the session confirmed.
  await expect(money.getByRole("row", { name: new RegExp(`${depositInvoice.number} Deposit invoice .* Paid$`) })).toBeVisible();
  await expect(money.getByText(new RegExp(`Bank transfer · .* · ${depositInvoice.number} · ref\\. MENSAH`))).toBeVisible();
  await expect(page.getByRole("region", { name: "Sessions" }).getByText("Confirmed", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await db.booking.findFirstOrThrow({ where: { inquiryId: lead.id } })).toMatchObject({ status: "CONFIRMED" });
  await waitForMail(lead.email, (mail) => /confirmed/i.test(mail.parsed.subject ?? ""));

  // The artist sees it paid and confirmed, and downloads the invoice.
  await artistPage.reload();
  await expect(artistPage.getByRole("region", { name: "Your sessions" })).toContainText("Confirmed");
  await expect(proposal).toContainText("Paid, thank you.");
  const [download] = await Promise.all([artistPage.waitForEvent("download"), proposal.getByRole("link", { name: "Download the PDF" }).first().click()]);
  expect(download.suggestedFilename()).toBe(`${depositInvoice.number}.pdf`);
  const file = await download.path();
  expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
  expect(execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })).toContain(depositInvoice.number);
  await artist.close();
});
