// Staff accounts for end-to-end specs, created straight in the database of the server under test
// (each spec makes its own, with unique emails, instead of resetting anything).
import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient, type Database } from "../../lib/database/create-prisma-client";
import { openDatabase } from "../../lib/database/open-database";
import { parseEnv } from "../../lib/env/schema";
import type { StaffRole } from "../../lib/generated/prisma/client";
import { createStaff, TEST_PASSWORD } from "../../test/support/staff-fixtures";
import { BUILT_APP_URL } from "./app-url";
import { commonServerEnv, targets, webOnlyTarget } from "./targets";

export { TEST_PASSWORD };

const urls = new Map<string, Promise<string>>();
const clients = new Map<string, Promise<Database>>();

/** The URL of the database of the server the current project tests. */
export function projectDatabaseUrl(): Promise<string> {
  const name = test.info().project.name;
  const target = [...targets, webOnlyTarget].find((candidate) => candidate.name === name);
  if (!target) throw new Error(`Project ${name} has no database`);
  let url = urls.get(name);
  if (!url) {
    url = openDatabase(parseEnv({ ...commonServerEnv, ...target.env }), () => {}).then((database) => database.url);
    urls.set(name, url);
  }
  return url;
}

/** The database of the server the current project tests. */
export function projectDatabase(): Promise<Database> {
  const name = test.info().project.name;
  let client = clients.get(name);
  if (!client) {
    client = projectDatabaseUrl().then((url) => createPrismaClient(url, { poolSize: 2 }));
    clients.set(name, client);
  }
  return client;
}

export async function newStaff(role: StaffRole = "STAFF") {
  return createStaff(await projectDatabase(), role);
}

/** Signs in through the password form, as a person would. */
export async function signInWithPassword(page: Page, email: string, password = TEST_PASSWORD, landing = "/admin") {
  await page.goto(`/admin/sign-in?callbackUrl=${encodeURIComponent(landing)}`);
  await fillPasswordForm(page, email, password);
  await expect(page).toHaveURL(new RegExp(`${landing.replace(/[?]/g, "\\?")}$`));
}

/**
 * next-auth redirects to the public URL the app was built for (https://studio.test); in these
 * tests that name points back at the server under test, as a proxy in front of it would.
 */
export async function routePublicUrlToServer(page: Page, baseURL: string) {
  await page.route(`${BUILT_APP_URL}/**`, (route) => {
    const url = new URL(route.request().url());
    return route.fulfill({ status: 302, headers: { location: `${baseURL}${url.pathname}${url.search}` } });
  });
}

export async function fillPasswordForm(page: Page, email: string, password: string) {
  const form = page.getByRole("form", { name: "Sign in with your password" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
}

/** A documentation-range address per call: each spec gets its own sign-in budget. */
export function uniqueClientIp(): string {
  const n = Math.floor(Math.random() * 65_000);
  return `198.18.${n >> 8}.${n & 255}`;
}
