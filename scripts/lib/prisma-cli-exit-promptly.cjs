// Preloaded into the Prisma CLI by lib/database/migrate-database.ts.
//
// Prisma 6.19's WebAssembly schema engine arms a 10-second timer around its migration advisory
// lock (pg_advisory_lock) and never clears it once the lock is taken, so every migrate command
// sits idle for 10 s after finishing. Unref'ing long timers lets the process exit as soon as
// the real work is done; a timer still fires while anything else keeps the process alive, so a
// genuinely stuck lock still times out exactly as before.
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = function setTimeoutUnrefLong(callback, delay, ...args) {
  const timer = setTimeoutOriginal(callback, delay, ...args);
  if (typeof delay === "number" && delay >= 5_000) timer.unref?.();
  return timer;
};
