// End-to-end tests in Debian's Chromium against the production build (`next build` + `npm start`).
// The same specs run against the embedded database and, when it answers, the PostgreSQL server
// on 127.0.0.1:5432, each emptied as its server starts; a third server with an unreachable
// database checks the readiness probe.
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/support/chromium";
import { commonServerEnv, MAIL_CATCHER_PORT, targets, webOnlyTarget } from "./e2e/support/targets";

const NO_DATABASE_PORT = 3102;

const server = (port: number, command: string, readyPath: string, env: Record<string, string>) => ({
  command,
  url: `http://127.0.0.1:${port}${readyPath}`,
  env: { ...commonServerEnv, ...env, PORT: String(port) },
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
  gracefulShutdown: { signal: "SIGTERM" as const, timeout: 15_000 },
});

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: { browserName: "chromium", launchOptions: chromiumLaunchOptions(), trace: "retain-on-failure" },
  webServer: [
    // A real SMTP server on loopback: the apps deliver to it, specs read what it received.
    { command: "npx tsx e2e/support/mail-catcher.ts", port: MAIL_CATCHER_PORT, reuseExistingServer: false, timeout: 30_000, stdout: "ignore" as const, stderr: "pipe" as const },
    ...[...targets, webOnlyTarget].map((target) =>
      server(target.port, "npx tsx e2e/support/fresh-database.ts && npm start -- --hostname 127.0.0.1", "/api/ready", target.env),
    ),
    // A server whose database cannot be reached: the site still serves, readiness says 503.
    server(NO_DATABASE_PORT, "node node_modules/next/dist/bin/next start --hostname 127.0.0.1", "/api/health", {
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/unreachable",
    }),
  ],
  projects: [
    ...targets.map((target) => ({
      name: target.name,
      testIgnore: /(database-unreachable|web-only)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${target.port}` },
    })),
    { name: webOnlyTarget.name, testMatch: /web-only\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${webOnlyTarget.port}` } },
    { name: "database-unreachable", testMatch: /database-unreachable\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${NO_DATABASE_PORT}` } },
  ],
});
