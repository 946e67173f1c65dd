import { expect, test } from "@playwright/test";
import { BUILT_APP_URL, expectNoAxeViolations, publicPages } from "./support/pages";

for (const { path, h1, title } of publicPages) {
  test.describe(`page ${path}`, () => {
    test("renders its content, header, footer and metadata", async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveTitle(title);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(h1);
      await expect(page.locator("h1")).toHaveCount(1);

      const header = page.getByRole("banner");
      await expect(header.getByRole("link", { name: "Studio Desk" })).toHaveAttribute("href", "/");
      const footer = page.getByRole("contentinfo");
      await expect(footer.getByRole("link", { name: "hello@studiodesk.example" })).toHaveAttribute("href", "mailto:hello@studiodesk.example");
      await expect(footer.getByRole("link", { name: "+44 20 7946 0000" })).toHaveAttribute("href", "tel:+442079460000");
      await expect(footer).toContainText("12 Canal Street, London");

      const meta = (selector: string) => page.locator(selector).first().getAttribute("content");
      expect((await meta('meta[name="description"]'))?.length).toBeGreaterThan(50);
      expect(await meta('meta[property="og:title"]')).toBeTruthy();
      expect(await meta('meta[property="og:description"]')).toBeTruthy();
      expect(await meta('meta[property="og:site_name"]')).toBe("Studio Desk");
      const absolute = new URL(path, BUILT_APP_URL).toString();
      // new URL() normalises "https://studio.test" and "https://studio.test/" alike.
      expect(new URL((await meta('meta[property="og:url"]'))!).toString()).toBe(absolute);
      expect(new URL((await page.locator('link[rel="canonical"]').getAttribute("href"))!).toString()).toBe(absolute);
    });

    test("has no accessibility violations in light or dark mode", async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
      await page.emulateMedia({ colorScheme: "dark" });
      await expectNoAxeViolations(page);
    });

    test("fits a phone screen without sideways scrolling", async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test("the skip link takes keyboard users straight to the content", async ({ page }) => {
  await page.goto("/roles/music-producer");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the main navigation reaches the role pages, the comparison and the chooser", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Engineer" }).click();
  await expect(page).toHaveURL(/\/roles\/recording-engineer$/);
  await nav.getByRole("link", { name: "Producer" }).click();
  await expect(page).toHaveURL(/\/roles\/music-producer$/);
  await nav.getByRole("link", { name: "Compare" }).click();
  await expect(page.getByRole("table", { name: "Recording engineer and music producer compared" })).toBeVisible();
  await nav.getByRole("link", { name: "Which do I need?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Engineer, producer, or both?");
  await nav.getByRole("link", { name: "Start an inquiry" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tell us about your project");
});
