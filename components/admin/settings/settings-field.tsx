import type { ReactNode } from "react";
import { adminLabelClass } from "../styles";

export const hintClass = "mt-1 text-sm text-stone-700 dark:text-stone-300";

type Props = {
  id: string;
  label: string;
  hint?: ReactNode;
  /** Renders the control with the id it is labelled by and the id of its hint. */
  children: (control: { id: string; "aria-describedby"?: string }) => ReactNode;
};

/** A labelled control of the settings forms, with its hint tied to it by aria-describedby. */
export function SettingsField({ id, label, hint, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div>
      <label htmlFor={id} className={adminLabelClass}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className={hintClass}>
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-describedby": hintId })}
    </div>
  );
}

/** Cents as a form shows them for editing: "45.50" (no currency sign, no separators). */
export function moneyInputValue(cents: number | null): string {
  if (cents === null) return "";
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}
