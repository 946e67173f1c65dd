import type { ReactNode } from "react";
import { panelClass } from "../styles";
import { hintClass } from "./settings-field";

/** One part of a settings page: a panel named by its heading, with an optional introduction. */
export function SettingsSection({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={panelClass}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">{title}</h2>
      {intro ? <p className={hintClass}>{intro}</p> : null}
      <div className="mt-3">{children}</div>
    </section>
  );
}
