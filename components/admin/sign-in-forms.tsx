"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";
import { adminInputClass, adminLabelClass, primaryButtonClass, secondaryButtonClass } from "./styles";

type Props = { callbackUrl: string; initialError: string | null };

const noSubscription = () => () => {};

/** The two ways in: a one-time link by email, or email and password. */
export function SignInForms({ callbackUrl, initialError }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState<"link" | "password" | null>(null);
  // Signing in runs here (next-auth's client): the buttons wait for this script, so that nothing
  // is sent as a plain form before it runs.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);

  async function submit(event: FormEvent<HTMLFormElement>, method: "link" | "password") {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(method);
    setError(null);
    try {
      const email = String(form.get("email") ?? "");
      const result =
        method === "link"
          ? await signIn("email", { email, callbackUrl, redirect: false })
          : await signIn("password", { email, password: String(form.get("password") ?? ""), callbackUrl, redirect: false });
      if (!result || result.error) {
        setError(signInErrorMessage(result?.error ?? "Default"));
      } else if (method === "link") {
        router.push("/admin/sign-in/check-email");
      } else {
        // A full load, so every server component sees the new session cookie.
        window.location.assign(callbackUrl);
      }
    } catch {
      setError("We could not reach the server. Check your connection and try again.");
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="space-y-8">
      <noscript>
        <p className="rounded-lg border border-amber-700 bg-amber-50 p-3 dark:bg-amber-950">Signing in needs JavaScript: turn it on for this site, then reload the page.</p>
      </noscript>
      <div aria-live="assertive" role="alert" className="empty:hidden">
        {error ? <p className="rounded-lg border border-red-700 bg-red-50 p-3 font-semibold text-red-900 dark:bg-red-950 dark:text-red-200">{error}</p> : null}
      </div>
      {/* POST, so that a form sent before the page's script runs never puts the password in the address. */}
      <form method="post" onSubmit={(event) => submit(event, "password")} className="space-y-4" aria-labelledby="password-heading">
        <h2 id="password-heading" className="text-lg font-semibold">Sign in with your password</h2>
        <div>
          <label htmlFor="password-email" className={adminLabelClass}>Email</label>
          <input id="password-email" name="email" type="email" autoComplete="username" required className={adminInputClass} />
        </div>
        <div>
          <label htmlFor="password" className={adminLabelClass}>Password</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required className={adminInputClass} />
        </div>
        <button type="submit" className={primaryButtonClass} disabled={!ready || pending !== null}>
          {pending === "password" ? "Signing in…" : "Sign in"}
        </button>
      </form>
      <form method="post" onSubmit={(event) => submit(event, "link")} className="space-y-4 border-t border-stone-200 pt-6 dark:border-stone-800" aria-labelledby="link-heading">
        <h2 id="link-heading" className="text-lg font-semibold">Or get a sign-in link by email</h2>
        <p className="text-stone-700 dark:text-stone-300">No password needed, and the way back in if you have forgotten yours.</p>
        <div>
          <label htmlFor="link-email" className={adminLabelClass}>Email</label>
          <input id="link-email" name="email" type="email" autoComplete="email" required className={adminInputClass} />
        </div>
        <button type="submit" className={secondaryButtonClass} disabled={!ready || pending !== null}>
          {pending === "link" ? "Sending…" : "Email me a link"}
        </button>
      </form>
    </div>
  );
}
