// Playwright drives Debian's Chromium (`apt-get install chromium`); `npx playwright install`
// needs a download these machines cannot make. PLAYWRIGHT_CHROMIUM_PATH points elsewhere.
export function chromiumLaunchOptions() {
  return {
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      // Chromium's sandbox cannot run as root, which is how CI runs.
      ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
      // No background calls home: the machines have no network beyond loopback.
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  };
}
