import type { ReactNode } from "react";

export const inputClass =
  "mt-2 block w-full rounded-xl border border-stone-400 bg-white px-4 py-3 text-lg text-stone-950 placeholder:text-stone-500 focus:border-amber-700 focus:outline-2 focus:outline-amber-700 aria-[invalid=true]:border-red-700 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-50";

type FieldProps = {
  id: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  errors?: string[];
  /** Renders the control with the ids that tie it to its hint and error. */
  children: (control: { id: string; name: string; "aria-describedby"?: string; "aria-invalid"?: boolean; required?: boolean }) => ReactNode;
};

/** A labelled control with its hint and its errors, announced and linked by aria-describedby. */
export function Field({ id, label, required, hint, errors, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-lg font-semibold text-stone-900 dark:text-stone-100">
        {label} {required ? <span className="font-normal text-stone-700 dark:text-stone-300">(required)</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="mt-1 text-stone-700 dark:text-stone-300">
          {hint}
        </p>
      ) : null}
      {children({ id, name: id, "aria-describedby": describedBy, "aria-invalid": errorId ? true : undefined, required })}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!id || !errors?.length) return null;
  return (
    <p id={id} className="mt-2 font-semibold text-red-800 dark:text-red-300">
      {errors.join(" ")}
    </p>
  );
}

/** A select's options: an empty "Choose…" first, then one per label. */
export function ChoiceOptions({ labels }: { labels: Record<string, string> }) {
  return (
    <>
      <option value="">Choose…</option>
      {Object.entries(labels).map(([key, label]) => (
        <option key={key} value={key}>
          {label}
        </option>
      ))}
    </>
  );
}
