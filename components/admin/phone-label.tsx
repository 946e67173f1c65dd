import type { ReactNode } from "react";

/** A table cell's column name, shown only where the table stacks into cards (phones). */
export function PhoneLabel({ children }: { children: ReactNode }) {
  return <span className="font-semibold sm:hidden">{children}</span>;
}
