import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export { BUILT_APP_URL } from "./app-url";

/** The explainer pages and what each must say about itself. */
export const explainerPages = [
  { path: "/", h1: "Make the record you can hear in your head", title: /recording engineers and music producers/ },
  { path: "/roles/recording-engineer", h1: "What a recording engineer does", title: /What a recording engineer does/ },
  { path: "/roles/music-producer", h1: "What a music producer does", title: /What a music producer does/ },
  { path: "/roles/engineer-vs-producer", h1: "Recording engineer or music producer?", title: /which do you need/ },
];

/** Every page in the sitemap: the explainers plus the chooser, availability, the inquiry form and the privacy note. */
export const publicPages = [
  ...explainerPages,
  { path: "/which-do-i-need", h1: "Engineer, producer, or both?", title: /Which do I need/ },
  { path: "/book", h1: "Studio availability", title: /Studio availability/ },
  { path: "/inquire", h1: "Tell us about your project", title: /Start an inquiry/ },
  { path: "/privacy", h1: "What we do with your details", title: /Privacy/ },
];

/** Runs axe against the page (WCAG 2.x A and AA rules plus best practices); expects no violation. */
export async function expectNoAxeViolations(page: Page) {
  // After a server action the page's metadata streams in again: check the page once it has its
  // title back (a page with none still fails, after the wait).
  await expect(page).toHaveTitle(/\S/).catch(() => {});
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target) }))).toEqual([]);
}
