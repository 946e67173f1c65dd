/**
 * APP_URL that `npm run test:e2e` builds with and the e2e servers run with (package.json,
 * playwright.config.ts); canonical URLs and the sitemap must use it.
 */
export const BUILT_APP_URL = "https://studio.test";
