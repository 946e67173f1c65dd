import Link from "next/link";
import type { ReactNode } from "react";
import { studio } from "@/lib/site/studio";
import { panelClass } from "./styles";

/** The frame of the pages a visitor sees before signing in: sign-in, check-email, invitations. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-md px-5 py-12">
      <p className="mb-6 text-center">
        <Link href="/" className="font-display text-2xl tracking-tight">
          {studio.name}
        </Link>
      </p>
      <div className={panelClass}>
        <h1 className="mb-6 text-2xl font-semibold tracking-tight">{title}</h1>
        {children}
      </div>
    </main>
  );
}
