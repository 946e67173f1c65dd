/** What the sign-in page says for each of next-auth's error codes (and our throttle's). */
export const signInErrorMessages: Record<string, string> = {
  CredentialsSignin: "That email and password do not match an active staff account.",
  TooManyAttempts: "Too many sign-in attempts. Wait 15 minutes and try again, or get a sign-in link by email below.",
  TooManyLinkRequests: "Too many sign-in links were asked for. Wait 15 minutes, or sign in with your password.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  AccessDenied: "This account cannot sign in. Ask the studio's owner for access.",
  EmailSignin: "We could not send the email just now. Try again in a minute, or use your password.",
  SessionRequired: "Sign in to continue.",
};

export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  return signInErrorMessages[code] ?? "Sign-in did not work. Please try again.";
}
