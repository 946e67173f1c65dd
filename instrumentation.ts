// Runs once when a Next.js server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The background tasks (email delivery, hold expiry, pruning) run in this process unless
  // BACKGROUND_WORK=off, so one `npm start` is a whole studio; `npm run worker` runs them apart.
  const { startWebBackgroundWork } = await import("./lib/background/web-process");
  startWebBackgroundWork();
}
