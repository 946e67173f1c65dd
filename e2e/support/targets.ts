// The servers the end-to-end suites run against (playwright.config.ts starts them). Shared with
// the specs, which reach the same database and mail catcher as the server they test.
import { BUILT_APP_URL, E2E_AUTH_SECRET } from "./app-url";
import { localPostgresAnswers } from "./local-postgres";

export type Target = { name: string; port: number; env: Record<string, string> };

export const MAIL_CATCHER_PORT = 2526;
export const MAIL_CATCHER_DIR = ".data/e2e-mail";
const SERVER_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/studio_desk_e2e";

export const targets: Target[] = [
  { name: "embedded", port: 3100, env: { DATABASE_URL: "", EMBEDDED_DATABASE_DIR: ".data/e2e-postgres", EMBEDDED_DATABASE_PORT: "54349" } },
  ...(localPostgresAnswers() ? [{ name: "postgres-server", port: 3101, env: { DATABASE_URL: SERVER_DATABASE_URL } }] : []),
];

/**
 * A web process with its background work off (BACKGROUND_WORK=off), on a database of its own, so
 * that no other server sends its mail: the web-only spec starts a worker beside it.
 */
export const webOnlyTarget: Target = {
  name: "web-only",
  port: 3103,
  env: { DATABASE_URL: "", EMBEDDED_DATABASE_DIR: ".data/e2e-web-only-postgres", EMBEDDED_DATABASE_PORT: "54350", BACKGROUND_WORK: "off" },
};

/** What every e2e app server runs with, before its target's own variables. */
export const commonServerEnv = {
  // Rate limits are covered by integration tests; here they would only make reruns flaky.
  INQUIRY_RATE_LIMIT: "0",
  APP_URL: BUILT_APP_URL,
  AUTH_SECRET: E2E_AUTH_SECRET,
  SMTP_URL: `smtp://127.0.0.1:${MAIL_CATCHER_PORT}`,
  MAIL_FROM: "Studio Desk <desk@studio.test>",
  NEXT_TELEMETRY_DISABLED: "1",
  // As behind one proxy: specs send X-Forwarded-For to get their own sign-in budget, the way
  // separate people would.
  TRUST_PROXY_HOPS: "1",
};
