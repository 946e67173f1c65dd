import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, publicPages } from "./support/pages";

test("an unknown address answers 404 with a page that helps the visitor on", async ({ page }) => {
  const response = await page.goto("/roles/sound-wizard");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn't find that page");
  const suggestions = page.getByRole("navigation", { name: "Suggested pages" });
  await expect(suggestions.getByRole("link")).toHaveCount(publicPages.length);
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);
  await expectNoAxeViolations(page);
  await suggestions.getByRole("link", { name: "Engineer vs producer" }).click();
  await expect(page).toHaveURL(/\/roles\/engineer-vs-producer$/);
});
