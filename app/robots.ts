import type { MetadataRoute } from "next";
import { studio } from "@/lib/site/studio";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/api/"] },
    sitemap: new URL("/sitemap.xml", studio.url).toString(),
  };
}
