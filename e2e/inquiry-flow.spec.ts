import { expect, test, type Page } from "@playwright/test";
import { caughtMail } from "./support/mail";
import { expectNoAxeViolations as axeCheck } from "./support/pages";

const MIN_FILL_MS = 3_000; // people take a few seconds; quicker posts are treated as automated
async function mailMentioning(reference: string): Promise<number> {
  return (await caughtMail()).filter((mail) => mail.raw.includes(`[${reference}]`) || mail.raw.includes(`(${reference})`)).length;
}

// axe runs as a script in the page, which JavaScript-off pages refuse; the markup is the same
// server-rendered HTML either way, so the JavaScript-on runs carry the accessibility checks.
let javaScriptOn = true;
async function expectNoAxeViolations(page: Page) {
  if (javaScriptOn) await axeCheck(page);
}

async function answerChooser(page: Page) {
  await page.goto("/which-do-i-need");
  await expectNoAxeViolations(page);
  const answer = async (question: RegExp, choice: "Yes" | "No" | "Not sure") =>
    page.getByRole("group", { name: question }).getByLabel(choice, { exact: true }).check();
  await answer(/hear how the finished record/, "Yes");
  await answer(/songs finished/, "Yes");
  await answer(/ideas on arrangement/, "No");
  await answer(/rehearsed songs recorded/, "Yes");
  await answer(/run the project/, "No");
  await page.getByRole("button", { name: "Show my answer" }).click();
  await expect(page.getByRole("heading", { name: "A recording engineer is probably what you need" })).toBeVisible();
  await expect(page.getByText("Your songs are finished and ready to record.")).toBeVisible();
  await expectNoAxeViolations(page);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });
    test.beforeEach(() => {
      javaScriptOn = javaScriptEnabled;
    });

    test("chooser to inquiry form to thanks page", async ({ page }) => {
      await answerChooser(page);
      await page.getByRole("link", { name: /Start an inquiry: a recording engineer/ }).click();
      await expect(page).toHaveURL(/\/inquire\?role=ENGINEER$/);
      const shownAt = Date.now();
      await expect(page.getByRole("radio", { name: /A recording engineer/ })).toBeChecked();

      // First a mistake: the errors are shown beside their fields, and what was typed stays.
      await page.getByLabel("Your name").fill("Maya Brennan");
      await page.getByRole("textbox", { name: /^Email/ }).fill("maya@");
      await page.getByLabel("About your project").fill("Too short");
      await page.getByRole("button", { name: "Send inquiry" }).click();
      const summary = page.locator("#error-summary");
      await expect(summary).toContainText("Some fields need attention.");
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/Enter an email address/);
      await expect(page.getByLabel("About your project")).toHaveAccessibleDescription(/at least 20 characters/);
      await expect(page.locator("#consent-error")).toHaveText("Please agree to be contacted about your inquiry");
      await expect(page.getByLabel("Your name")).toHaveValue("Maya Brennan");
      await expectNoAxeViolations(page);

      await page.getByRole("textbox", { name: /^Email/ }).fill("maya.brennan@example.com");
      await page.getByLabel("Artist or band name").fill("Copper Tides");
      await page.getByLabel("Project", { exact: true }).selectOption("EP");
      await page.getByLabel("Number of songs").fill("4");
      await page.getByLabel("Genres").fill("folk, indie rock");
      await page.getByLabel("About your project").fill("Four rehearsed songs, live band; we know the sound and need it captured well.");
      await page.getByLabel(/The studio may contact me/).check();
      await page.waitForTimeout(Math.max(0, MIN_FILL_MS + 500 - (Date.now() - shownAt)));
      await page.getByRole("button", { name: "Send inquiry" }).click();

      await expect(page).toHaveURL(/\/inquire\/thanks\?ref=SD-[0-9A-Z]{5}$/);
      const reference = new URL(page.url()).searchParams.get("ref")!;
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: we have your inquiry");
      await expect(page.getByText(reference)).toBeVisible();
      await expect(page).toHaveTitle(/^Thank you/);
      await expectNoAxeViolations(page);

      // Not taken for spam, and delivered: the e2e servers have no SMTP_URL, so both emails land
      // in the development mailbox, each with the reference in its subject.
      await expect.poll(() => mailMentioning(reference), { timeout: 20_000 }).toBe(2);
    });
  });
}

test("the thanks page shows nothing about an inquiry whose reference is guessed or altered", async ({ page }) => {
  await page.goto("/inquire/thanks?ref=SD-ZZZZZ");
  await expect(page.locator("main")).toContainText("SD-ZZZZZ");
  await expect(page.locator("main")).not.toContainText(/Brennan|Copper|maya\.|noor\./i);
  await page.goto("/inquire/thanks?ref=<script>alert(1)</script>");
  await expect(page.locator("main")).toContainText("Your inquiry reached us.");
});

test("the JSON API takes an inquiry and replays a repeated Idempotency-Key", async ({ request }) => {
  const body = {
    roleNeeded: "UNSURE",
    name: "Noor Haddad",
    email: `noor.${Date.now()}@example.com`,
    message: "First record, three songs on guitar and voice; not sure who we need.",
    consent: true,
  };
  const headers = { "Idempotency-Key": `e2e-${body.email}` };
  const first = await request.post("/api/inquiries", { data: body, headers });
  expect(first.status()).toBe(201);
  const replay = await request.post("/api/inquiries", { data: body, headers });
  expect(replay.status()).toBe(201);
  expect(await replay.json()).toEqual(await first.json());
  expect((await request.post("/api/inquiries", { data: "x=1", headers: { "content-type": "text/plain" } })).status()).toBe(415);
});
