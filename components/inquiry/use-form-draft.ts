import { useEffect, type RefObject } from "react";

const KEY = "studio-desk:inquiry-draft";
/** What the artist types; never the form's one-time key, token or honeypot. */
const FIELDS = ["roleNeeded", "name", "email", "phone", "artistName", "projectType", "songCount", "genres", "budgetRange", "targetStartOn", "targetFinishOn", "referenceLinks", "message"];

/**
 * Keeps what was typed in the tab's session storage and puts it back into empty fields when the
 * form is shown again: after a look at /book, a reload, or the back button, nothing typed is
 * lost. Only in this tab, and only until the inquiry is sent (clearFormDraft).
 */
export function useFormDraft(form: RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    let saved: Record<string, string> = {};
    try {
      saved = JSON.parse(sessionStorage.getItem(KEY) ?? "{}") as Record<string, string>;
    } catch {
      // Storage refused (private mode) or spoilt: start with nothing.
    }
    for (const name of FIELDS) {
      const control = element.elements.namedItem(name);
      const value = saved[name];
      if (typeof value !== "string" || !control) continue;
      if ("value" in control && !control.value) control.value = value;
    }
    const save = () => {
      const data = new FormData(element);
      const draft = Object.fromEntries(FIELDS.flatMap((name) => (data.get(name) ? [[name, String(data.get(name))]] : [])));
      try {
        sessionStorage.setItem(KEY, JSON.stringify(draft));
      } catch {
        // Full or refused: the draft is a convenience.
      }
    };
    element.addEventListener("input", save);
    element.addEventListener("change", save);
    return () => {
      element.removeEventListener("input", save);
      element.removeEventListener("change", save);
    };
  }, [form]);
}

export function clearFormDraft() {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
