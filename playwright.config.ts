// End-to-end tests in Debian's Chromium against the production build (`next build` + `npm start`).
// The same specs run against the embedded database and, when it answers, the PostgreSQL server
// on 127.0.0.1:5432; a third server with an unreachable database checks the readiness probe.
import { defineConfig } from "@playwright/test";
import { BUILT_APP_URL, E2E_AUTH_SECRET } from "./e2e/support/app-url";
import { chromiumLaunchOptions } from "./e2e/support/chromium";
import { localPostgresAnswers } from "./e2e/support/local-postgres";

const SERVER_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/studio_desk_e2e";

type Target = { name: string; port: number; env: Record<string, string> };

const targets: Target[] = [
  { name: "embedded", port: 3100, env: { DATABASE_URL: "", EMBEDDED_DATABASE_DIR: ".data/e2e-postgres", EMBEDDED_DATABASE_PORT: "54349" } },
  ...(localPostgresAnswers() ? [{ name: "postgres-server", port: 3101, env: { DATABASE_URL: SERVER_DATABASE_URL } }] : []),
];
const NO_DATABASE_PORT = 3102;

const server = (port: number, command: string, readyPath: string, env: Record<string, string>) => ({
  command,
  url: `http://127.0.0.1:${port}${readyPath}`,
  // Rate limits are covered by integration tests; here they would only make reruns flaky.
  env: { INQUIRY_RATE_LIMIT: "0", APP_URL: BUILT_APP_URL, AUTH_SECRET: E2E_AUTH_SECRET, ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
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
    ...targets.map((target) => server(target.port, "npm start -- --hostname 127.0.0.1", "/api/ready", target.env)),
    // A server whose database cannot be reached: the site still serves, readiness says 503.
    server(NO_DATABASE_PORT, "node node_modules/next/dist/bin/next start --hostname 127.0.0.1", "/api/health", {
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/unreachable",
    }),
  ],
  projects: [
    ...targets.map((target) => ({
      name: target.name,
      testIgnore: /database-unreachable\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${target.port}` },
    })),
    { name: "database-unreachable", testMatch: /database-unreachable\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${NO_DATABASE_PORT}` } },
  ],
});
