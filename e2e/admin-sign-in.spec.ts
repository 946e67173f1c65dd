import { expect, test } from "@playwright/test";
import { waitForMail, linkIn, caughtMail } from "./support/mail";
import { expectNoAxeViolations } from "./support/pages";
import { fillPasswordForm, newStaff, projectDatabase, routePublicUrlToServer, signInWithPassword, uniqueClientIp } from "./support/staff";

test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });

test("password sign-in lands on the page asked for; a wrong password is refused plainly", async ({ page }) => {
  const staff = await newStaff();
  await page.goto("/admin/account");
  await expect(page).toHaveURL(/\/admin\/sign-in\?callbackUrl=%2Fadmin%2Faccount$/);
  await expectNoAxeViolations(page);

  await fillPasswordForm(page, staff.email, "not the password at all");
  await expect(page.getByText("That email and password do not match an active staff account.")).toBeVisible();

  await fillPasswordForm(page, staff.email.toUpperCase(), "correct horse battery staple");
  await expect(page).toHaveURL(/\/admin\/account$/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${staff.email}`)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a magic link read from the SMTP server signs in once", async ({ page, baseURL }) => {
  const staff = await newStaff();
  await routePublicUrlToServer(page, baseURL!);
  await page.goto("/admin/sign-in");
  const form = page.getByRole("form", { name: "Or get a sign-in link by email" });
  await form.getByLabel("Email").fill(staff.email);
  await form.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expectNoAxeViolations(page);

  const mail = await waitForMail(staff.email, (candidate) => candidate.parsed.subject?.startsWith("Sign in to") ?? false);
  const link = new URL(linkIn(mail, "/admin/sign-in/confirm"));
  await page.goto(`${link.pathname}${link.search}`);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Continue to the studio desk" }).click();
  await expect(page).toHaveURL(`${baseURL}/admin`);
  await page.goto("/admin/account");
  await expect(page.getByText(`Signed in as ${staff.email}`)).toBeVisible();

  // The same link again: spent.
  await page.context().clearCookies();
  await page.goto(`${link.pathname}${link.search}`);
  await page.getByRole("link", { name: "Continue to the studio desk" }).click();
  await expect(page.getByText("That sign-in link has expired or was already used.")).toBeVisible();
});

test("an unknown address gets the same answer and no email", async ({ page }) => {
  const stranger = `stranger.${Date.now()}@example.com`;
  await page.goto("/admin/sign-in");
  const form = page.getByRole("form", { name: "Or get a sign-in link by email" });
  await form.getByLabel("Email").fill(stranger);
  await form.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  // A known address in the same moment is mailed; the stranger never is.
  const staff = await newStaff();
  await page.goto("/admin/sign-in");
  await form.getByLabel("Email").fill(staff.email);
  await form.getByRole("button", { name: "Email me a link" }).click();
  await waitForMail(staff.email);
  expect((await caughtMail()).filter((mail) => mail.envelopeTo.includes(stranger))).toHaveLength(0);
});

test("sign-in is throttled per account", async ({ page }) => {
  const staff = await newStaff();
  await page.goto("/admin/sign-in");
  for (let attempt = 0; attempt < 10; attempt++) {
    await fillPasswordForm(page, staff.email, `wrong guess ${attempt}`);
    await expect(page.getByText("That email and password do not match an active staff account.")).toBeVisible();
  }
  await fillPasswordForm(page, staff.email, "correct horse battery staple");
  await expect(page.getByText("Too many sign-in attempts.")).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/sign-in/);
});

test("a deactivated member loses access on the next request", async ({ page }) => {
  const staff = await newStaff();
  await signInWithPassword(page, staff.email, undefined, "/admin/account");
  const db = await projectDatabase();
  await db.user.update({ where: { id: staff.id }, data: { deactivatedAt: new Date(), tokenVersion: { increment: 1 } } });
  await page.goto("/admin/account");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
});

test("signing out everywhere ends the other sessions too", async ({ page, browser }) => {
  const staff = await newStaff();
  await signInWithPassword(page, staff.email, undefined, "/admin/account");
  const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
  const otherPage = await other.newPage();
  await signInWithPassword(otherPage, staff.email, undefined, "/admin/account");

  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByText("Signed out on every device")).toBeVisible();
  await otherPage.goto("/admin/account");
  await expect(otherPage).toHaveURL(/\/admin\/sign-in/);
  await other.close();
});

test("an owner invites someone, who joins and signs in; the link then is spent", async ({ page, browser }) => {
  const owner = await newStaff("OWNER");
  await signInWithPassword(page, owner.email, undefined, "/admin/staff");
  await expectNoAxeViolations(page);
  const invitee = `invitee.${Date.now()}@example.com`;
  await page.getByLabel("Email").fill(invitee);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${invitee}.`)).toBeVisible();

  const link = new URL(linkIn(await waitForMail(invitee), "/admin/invitations/"));
  const guest = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
  const guestPage = await guest.newPage();
  await guestPage.goto(link.pathname);
  await expectNoAxeViolations(guestPage);
  await guestPage.getByLabel("Your name").fill("Noor Haddad");
  await guestPage.getByLabel("Password (at least 12 characters)").fill("a long new password");
  await guestPage.getByLabel("Password again").fill("a long new password");
  await guestPage.getByRole("button", { name: "Create my account" }).click();
  await expect(guestPage.getByText("Your account is ready.")).toBeVisible();
  await signInWithPassword(guestPage, invitee, "a long new password", "/admin/account");
  await guestPage.goto(link.pathname);
  await expect(guestPage.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();
  await guest.close();
});

test.describe("before the sign-in page's script runs", () => {
  test.use({ javaScriptEnabled: false });

  test("nothing can be sent as a plain form: the buttons wait for it, the forms would POST, and the page says why", async ({ page }) => {
    await page.goto("/admin/sign-in");
    const form = page.getByRole("form", { name: "Sign in with your password" });
    await expect(form.getByRole("button", { name: "Sign in" })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Email me a link" })).toBeDisabled();
    // Were a button pressed anyway (or Enter in a field), the password would not go in the address.
    await expect(form).toHaveAttribute("method", "post");
    expect(await page.content()).toContain("Signing in needs JavaScript");
  });
});
