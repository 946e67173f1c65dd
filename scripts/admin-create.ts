// `npm run admin:create -- --email E [--name N]`: creates the studio's owner account, or resets an
// existing account to an active owner with a new password (ending all its sessions). The password
// comes from ADMIN_PASSWORD or, when that is unset, a prompt that does not echo.
import { parseArgs } from "node:util";
import { z } from "zod";
import { passwordSchema } from "../lib/auth/password";
import { createPrismaClient } from "../lib/database/create-prisma-client";
import { migrateDatabase } from "../lib/database/migrate-database";
import { openDatabase } from "../lib/database/open-database";
import { createOwner } from "../lib/staff/create-owner";
import { promptPassword } from "./lib/prompt-password";
import { runScript, UsageError } from "./lib/run-script";

runScript(async (env) => {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const email = z.email().max(254).safeParse(values.email?.trim());
  if (!email.success) throw new UsageError("Give the owner's email address: npm run admin:create -- --email you@example.com [--name \"Your Name\"]");
  if (values.name !== undefined && !/^.{1,120}$/.test(values.name.trim())) throw new UsageError("--name must be 1 to 120 characters.");

  const password = env.ADMIN_PASSWORD ?? (await askForPassword());
  const checked = passwordSchema.safeParse(password);
  if (!checked.success) throw new UsageError(`The password is not usable: ${checked.error.issues[0].message}`);

  const database = await openDatabase(env, console.log);
  const db = createPrismaClient(database.url, { poolSize: 1 });
  try {
    await migrateDatabase(database.url);
    const { created } = await createOwner(db, { email: email.data, name: values.name?.trim(), password: checked.data });
    console.log(`${created ? "Created" : "Reset"} the owner account ${email.data.toLowerCase()}. Sign in at ${env.APP_URL}/admin.`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});

async function askForPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new UsageError("Set ADMIN_PASSWORD, or run this in a terminal to be asked for the password.");
  const first = await promptPassword("Password (at least 12 characters)");
  const second = await promptPassword("The same password again");
  if (first !== second) throw new UsageError("The two passwords differ; nothing was changed.");
  return first;
}
