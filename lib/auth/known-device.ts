import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { normalizeStaffEmail } from "./normalize-staff-email";

// A browser that has signed in to an account carries this cookie, and its password tries then
// count against a budget of their own (throttle-sign-in.ts). The value names a random device id
// and an HMAC binding it to the account's email, so it cannot be forged, moved to another
// account or read for the email it belongs to. One per browser: the last account signed in.

export const KNOWN_DEVICE_DAYS = 180;
const COOKIE = "studio-desk.known-device";

/** The cookie's name: `__Host-` (HTTPS only, this host only, path /) when the site is served over HTTPS. */
export function knownDeviceCookieName(secure: boolean): string {
  return secure ? `__Host-${COOKIE}` : COOKIE;
}

/** A Set-Cookie header value remembering this browser for `email`. */
export function knownDeviceSetCookie(email: string, { secret, secure }: { secret: string; secure: boolean }): string {
  const deviceId = randomBytes(16).toString("base64url");
  const value = `${deviceId}.${mac(deviceId, email, secret)}`;
  const attributes = [`Path=/`, `Max-Age=${KNOWN_DEVICE_DAYS * 86_400}`, "HttpOnly", "SameSite=Lax", ...(secure ? ["Secure"] : [])];
  return `${knownDeviceCookieName(secure)}=${value}; ${attributes.join("; ")}`;
}

/** The device id in `cookieValue` when it was issued for `email` with this secret; otherwise null. */
export function knownDeviceIdFor(cookieValue: string | undefined, email: unknown, secret: string): string | null {
  const [deviceId, signature, extra] = (cookieValue ?? "").split(".");
  if (!deviceId || !signature || extra !== undefined || !normalizeStaffEmail(email)) return null;
  const expected = Buffer.from(mac(deviceId, normalizeStaffEmail(email), secret));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? deviceId : null;
}

function mac(deviceId: string, email: string, secret: string): string {
  return createHmac("sha256", secret).update(`known-device|${deviceId}|${normalizeStaffEmail(email)}`).digest("base64url");
}
