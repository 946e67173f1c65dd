/**
 * APP_URL that `npm run test:e2e` builds with and the e2e servers run with (package.json,
 * playwright.config.ts); canonical URLs and the sitemap must use it.
 */
export const BUILT_APP_URL = "https://studio.test";

/** The e2e servers' session key; tests use it to check cookies and to mint sessions of a chosen age. */
export const E2E_AUTH_SECRET = "e2e-only-session-key-0123456789abcdef0123";
