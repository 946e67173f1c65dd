import type { Metadata } from "next";
import { studio } from "./studio";

/**
 * Title, description, canonical URL and Open Graph / Twitter tags for one public page.
 * Absolute URLs come from `metadataBase`, set in the root layout from APP_URL.
 */
export function pageMetadata({ title, description, path }: { title: string; description: string; path: string }): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, siteName: studio.name, type: "website", locale: "en_GB" },
    twitter: { card: "summary", title, description },
  };
}
