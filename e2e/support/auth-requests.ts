// next-auth's endpoints called the way any HTTP client can call them, with a client address of
// the spec's choosing (the e2e servers trust one proxy hop, so X-Forwarded-For picks it).
import type { APIRequestContext, APIResponse } from "@playwright/test";

type Via = { path?: string; ip: string; body?: "form" | "json" | "plain-form"; extra?: string };

export async function csrfToken(request: APIRequestContext): Promise<string> {
  return (await (await request.get("/api/auth/csrf")).json()).csrfToken;
}

/** A password attempt; `extra` is appended to a form body verbatim (e.g. a second email field). */
export async function postPassword(request: APIRequestContext, email: string, password: string, via: Via): Promise<APIResponse> {
  return postAuth(request, via.path ?? "/api/auth/callback/password", { email, password }, via);
}

/** A request for a sign-in link. */
export async function postLinkRequest(request: APIRequestContext, email: string, via: Via): Promise<APIResponse> {
  return postAuth(request, via.path ?? "/api/auth/signin/email", { email, callbackUrl: "/admin" }, via);
}

async function postAuth(request: APIRequestContext, path: string, fields: Record<string, string>, via: Via): Promise<APIResponse> {
  const csrf = await csrfToken(request);
  const json: Record<string, string> = via.body === "plain-form" ? {} : { json: "true" };
  const form = new URLSearchParams({ csrfToken: csrf, ...json, ...fields }).toString();
  const [contentType, data] =
    via.body === "json" ? ["application/json", JSON.stringify({ csrfToken: csrf, ...fields, json: "true" })] : ["application/x-www-form-urlencoded", via.extra ? `${via.extra}&${form}` : form];
  const post = (url: string) => request.post(url, { headers: { "x-forwarded-for": via.ip, "content-type": contentType }, data, maxRedirects: 0 });
  // Next.js answers a trailing slash with a 308 to the same path without it, which a client
  // follows with the same body; next-auth's own redirects point at the public URL and are not followed.
  const response = await post(path);
  const location = response.headers().location;
  return response.status() === 308 && location?.startsWith("/") ? post(location) : response;
}
