import type { MetadataRoute } from "next";
import { publicPages } from "@/lib/site/routes";
import { studio } from "@/lib/site/studio";

export default function sitemap(): MetadataRoute.Sitemap {
  return publicPages.map((page) => ({
    url: new URL(page.path, studio.url).toString(),
    // Availability changes with every booking; the rest with the studio's copy.
    changeFrequency: page.path === "/book" ? "daily" : "monthly",
    priority: page.path === "/" ? 1 : 0.8,
  }));
}
