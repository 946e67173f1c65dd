const DEFAULT_PATH = "/admin";

/**
 * Where to go after signing in: only a path inside this site's admin area. Absolute URLs,
 * protocol-relative `//host` and backslash tricks (`/\host`, which browsers read as `//host`)
 * fall back to the dashboard, so a crafted sign-in link can never send someone elsewhere.
 */
export function safeCallbackPath(candidate: unknown, appUrl: string): string {
  if (typeof candidate !== "string" || candidate.length > 2000) return DEFAULT_PATH;
  const base = new URL(appUrl);
  let target: URL;
  try {
    target = new URL(candidate, base);
  } catch {
    return DEFAULT_PATH;
  }
  if (target.origin !== base.origin) return DEFAULT_PATH;
  if (/[\\\u0000-\u001f]/.test(candidate) || candidate.startsWith("//")) return DEFAULT_PATH;
  if (target.pathname !== DEFAULT_PATH && !target.pathname.startsWith(`${DEFAULT_PATH}/`)) return DEFAULT_PATH;
  if (target.pathname.startsWith("/admin/sign-in")) return DEFAULT_PATH;
  return `${target.pathname}${target.search}`;
}
