import "server-only";
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getDb } from "../db";
import { env } from "../env";
import { clientIpFrom } from "../security/client-ip";
import { authOptionsWithSignIn, authSecret } from "./auth-options";
import { knownDeviceCookieName, knownDeviceSetCookie } from "./known-device";
import { createSignInGuard, type SignInGuard } from "./sign-in-guard";

type AuthRouteContext = { params: Promise<{ nextauth: string[] }> };

const secure = env.APP_URL.startsWith("https://");

/**
 * next-auth's route handler. Every credential check inside it passes the sign-in guard (see
 * `authOptionsWithSignIn`); this wrapper only turns the guard's refusal into a 429 with
 * Retry-After, and remembers the browser after a successful sign-in (known-device.ts).
 */
export async function handleAuthRequest(request: NextRequest, context: AuthRouteContext): Promise<Response> {
  const secret = await authSecret();
  const guard = createSignInGuard(getDb(), {
    ip: clientIpFrom(request.headers, env.TRUST_PROXY_HOPS),
    knownDeviceCookie: request.cookies.get(knownDeviceCookieName(secure))?.value,
    secret,
  });
  const response = await NextAuth(request, context, await authOptionsWithSignIn(guard));
  if (guard.refusal) return refusalResponse(guard.refusal, response);
  if (guard.signedInEmail) return withHeader(response, "Set-Cookie", knownDeviceSetCookie(guard.signedInEmail, { secret, secure }));
  return response;
}

/** A 429 in next-auth's answer shape: JSON `{ url }` for its client, a page linking back for a plain form. */
function refusalResponse(refusal: NonNullable<SignInGuard["refusal"]>, answered: Response): Response {
  const url = new URL(`/admin/sign-in?error=${refusal.code}`, env.APP_URL).toString();
  const headers = { "Retry-After": String(refusal.retryAfterSeconds), "Cache-Control": "no-store" };
  if (answered.headers.get("content-type")?.includes("application/json")) return Response.json({ url }, { status: 429, headers });
  // The code is one of THROTTLED's fixed words, so the URL needs no escaping.
  const page = `<!doctype html><title>Too many sign-in attempts</title><p>Too many sign-in attempts. <a href="${url}">Back to sign-in</a></p>`;
  return new Response(page, { status: 429, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}

function withHeader(response: Response, name: string, value: string): Response {
  const headers = new Headers(response.headers);
  headers.append(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
