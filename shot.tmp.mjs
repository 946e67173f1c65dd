import { chromium } from "playwright";
const base = "http://127.0.0.1:3300";
const lead = process.argv[2];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
for (const [w, h] of [[390, 844], [1280, 900]]) for (const scheme of ["light", "dark"]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
  const page = await ctx.newPage();
  await page.route("https://studio.test/**", (route) => route.continue({ url: route.request().url().replace("https://studio.test", base) }));
  await page.goto(`${base}/admin/sign-in?callbackUrl=/admin/leads/${lead}`);
  await page.getByLabel("Email", { exact: true }).first().fill("owner@studio.test");
  await page.getByLabel("Password", { exact: true }).fill("shot-password-123456");
  await page.getByRole("button", { name: "Sign in", exact: true }).first().click();
  await page.waitForURL(/leads/);
  const sessions = page.getByRole("region", { name: "Sessions" });
  await sessions.scrollIntoViewIfNeeded();
  await sessions.screenshot({ path: `/tmp/shots/lead-${w}-${scheme}.png` });
  await ctx.close();
}
await browser.close();
