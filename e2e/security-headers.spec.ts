import { expect, test, type APIResponse } from "@playwright/test";

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-powered-by"]).toBeUndefined();
  return headers;
}

test("every kind of response carries the security headers", async ({ request, page }) => {
  await page.goto("/");
  const script = await page.locator("script[src]").first().getAttribute("src");
  for (const path of ["/", "/roles/music-producer", "/no-such-page", "/api/health", "/api/ready", "/sitemap.xml", script!]) {
    const headers = expectSecurityHeaders(await request.get(path));
    expect(headers["strict-transport-security"], `${path} over http`).toBeUndefined();
  }
});

test("HSTS is sent when the request came in over https", async ({ request }) => {
  const response = await request.get("/", { headers: { "X-Forwarded-Proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
});

test("the policy blocks nothing the pages need", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ["/", "/roles/recording-engineer", "/roles/music-producer", "/roles/engineer-vs-producer"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(violations).toEqual([]);
});
