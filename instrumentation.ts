// Runs once when a Next.js server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Emails queued by this or another instance (retries, or rows left by a crash) get delivered
  // even when no new inquiry arrives to trigger a round.
  const { startOutboxWorker } = await import("./lib/outbox/outbox-worker");
  startOutboxWorker();
}
