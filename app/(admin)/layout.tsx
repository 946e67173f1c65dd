import type { Metadata } from "next";
import type { ReactNode } from "react";

// The back office is nobody's search result.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function AdminGroupLayout({ children }: { children: ReactNode }) {
  return <div className="min-h-dvh bg-stone-100 dark:bg-stone-950">{children}</div>;
}
