import "server-only";
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getDb } from "../db";
import { env } from "../env";
import { clientIpFrom } from "../security/client-ip";
import { getAuthOptions } from "./auth-options";
import { throttleSignIn } from "./throttle-sign-in";

type AuthRouteContext = { params: Promise<{ nextauth: string[] }> };

// The two ways to try credentials; everything else next-auth serves (session, csrf, sign-out,
// the link's callback) is not an attempt to guess anything.
const ATTEMPT_ROUTES = new Set(["signin/email", "callback/password"]);

/**
 * next-auth's route handler behind a sign-in throttle: each attempt is counted per account and
 * per client address before next-auth sees it. A refused attempt gets next-auth's own error
 * shape, so the sign-in page shows it like any other.
 */
export async function handleAuthRequest(request: NextRequest, context: AuthRouteContext): Promise<Response> {
  const options = await getAuthOptions();
  if (request.method === "POST" && ATTEMPT_ROUTES.has((await context.params).nextauth.join("/"))) {
    const form = new URLSearchParams(await request.clone().text());
    const verdict = await throttleSignIn(getDb(), { email: form.get("email") ?? "", ip: clientIpFrom(request.headers, env.TRUST_PROXY_HOPS) });
    if (!verdict.allowed) {
      const url = new URL("/admin/sign-in?error=TooManyAttempts", env.APP_URL).toString();
      const headers = { "Retry-After": String(verdict.retryAfterSeconds) };
      return form.get("json") === "true" ? Response.json({ url }, { status: 429, headers }) : Response.redirect(url, 303);
    }
  }
  return NextAuth(request, context, options);
}
