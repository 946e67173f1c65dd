import { expect, test } from "@playwright/test";
import { BUILT_APP_URL, publicPages } from "./support/pages";

test("sitemap.xml lists every explainer page", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("xml");
  const locations = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  expect(locations.sort()).toEqual(publicPages.map((page) => new URL(page.path, BUILT_APP_URL).toString()).sort());
});

test("robots.txt points at the sitemap and keeps crawlers out of admin and API", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toContain(`Sitemap: ${BUILT_APP_URL}/sitemap.xml`);
  expect(text).toMatch(/^Disallow: \/admin$/m);
  expect(text).toMatch(/^Disallow: \/api\/$/m);
});

test("the comparison page publishes its visible FAQ as FAQPage structured data", async ({ page }) => {
  await page.goto("/roles/engineer-vs-producer");
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data["@type"]).toBe("FAQPage");
  const questions = data.mainEntity.map((entry: { name: string }) => entry.name);
  expect(questions.length).toBeGreaterThanOrEqual(4);
  await expect(page.locator("dt")).toHaveText(questions);
  for (const entry of data.mainEntity) expect(entry.acceptedAnswer.text.length).toBeGreaterThan(40);
});
