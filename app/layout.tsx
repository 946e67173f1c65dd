import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { studio } from "@/lib/site/studio";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(studio.url),
  title: { default: studio.name, template: `%s · ${studio.name}` },
  description: studio.tagline,
  applicationName: studio.name,
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafaf9" },
    { media: "(prefers-color-scheme: dark)", color: "#0c0a09" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="min-h-dvh bg-stone-50 font-sans text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        {children}
      </body>
    </html>
  );
}
