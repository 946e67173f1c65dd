// The JavaScript each explainer page makes the browser download, raw and gzip-compressed, beside
// the 404 page, which carries only what Next.js itself needs (the baseline).
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/support/chromium";
import { startAndTimeFirst200 } from "./support/server-process";
import { kb, printTable } from "./support/report";

const PORT = "3201";
const pages = ["/", "/roles/recording-engineer", "/roles/music-producer", "/roles/engineer-vs-producer"];

export async function benchPageWeight() {
  const server = await startAndTimeFirst200("start", `http://127.0.0.1:${PORT}/api/health`, {
    PORT,
    DATABASE_URL: "",
    EMBEDDED_DATABASE_DIR: ".data/bench-postgres",
    EMBEDDED_DATABASE_PORT: "54359",
  });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const weigh = async (path: string) => {
      const page = await browser.newPage();
      const bodies: Promise<Buffer>[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() === "script") bodies.push(response.body());
      });
      await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: "networkidle" });
      const scripts = await Promise.all(bodies);
      await page.close();
      return {
        count: scripts.length,
        raw: scripts.reduce((sum, body) => sum + body.length, 0),
        gzip: scripts.reduce((sum, body) => sum + gzipSync(body).length, 0),
      };
    };
    const baseline = await weigh("/this-page-does-not-exist");
    const rows = [{ name: "404 page (Next.js alone), baseline", value: `${kb(baseline.gzip)} gzip (${kb(baseline.raw)} raw, ${baseline.count} files)`, ratio: "1.00x" }];
    for (const path of pages) {
      const weight = await weigh(path);
      rows.push({ name: path, value: `${kb(weight.gzip)} gzip (${kb(weight.raw)} raw, ${weight.count} files)`, ratio: `${(weight.gzip / baseline.gzip).toFixed(2)}x` });
    }
    printTable("JavaScript per page, as downloaded by Chromium", rows);
  } finally {
    await browser.close();
    await server.stop();
  }
}
