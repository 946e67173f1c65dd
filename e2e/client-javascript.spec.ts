// The explainer pages are server components only: the client modules the build lists for them
// must all be Next.js's own (router, Link), never a component of ours.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const manifests = [
  "(site)/page",
  "(site)/roles/recording-engineer/page",
  "(site)/roles/music-producer/page",
  "(site)/roles/engineer-vs-producer/page",
];

function clientModulesOf(route: string): string[] {
  const file = path.join(".next/server/app", `${route}_client-reference-manifest.js`);
  const sandbox = { __RSC_MANIFEST: {} as Record<string, { clientModules: Record<string, unknown> }> };
  new Function("globalThis", readFileSync(file, "utf8"))(sandbox);
  return Object.keys(sandbox.__RSC_MANIFEST[`/${route}`].clientModules);
}

for (const route of manifests) {
  test(`${route} ships no client component of its own`, async ({}, testInfo) => {
    test.skip(testInfo.project.name !== "embedded", "reads the build output once");
    const modules = clientModulesOf(route);
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.filter((id) => !id.startsWith("[project]/node_modules/next/"))).toEqual([]);
  });
}
