import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { after } from "next/server";
import { z } from "zod";
import { getDb } from "../db";
import { env } from "../env";
import { requestOutboxDelivery } from "../background/web-process";
import { getSigningSecret } from "../security/get-signing-secret";
import { sealingSecret } from "../security/sealed-text";
import { studio } from "../site/studio";
import { authorizePassword } from "./authorize-password";
import { normalizeStaffEmail } from "./normalize-staff-email";
import { queueSignInLink, SIGN_IN_LINK_MINUTES } from "./queue-sign-in-link";
import { safeCallbackPath } from "./safe-callback-path";
import { checkSessionAge, SESSION_IDLE_HOURS, SessionTooOldError } from "./session-lifetime";
import { THROTTLED, type SignInGuard } from "./sign-in-guard";
import { staffAuthAdapter, type StaffAuthUser } from "./staff-auth-adapter";

declare module "next-auth/jwt" {
  interface JWT {
    tokenVersion?: number;
    /** When the person signed in (ms since the epoch); the session's absolute age is capped from it. */
    signedInAt?: number;
  }
}
declare module "next-auth" {
  interface Session {
    staff?: { id: string; tokenVersion: number };
  }
}

// next-auth v4 builds every link and redirect from NEXTAUTH_URL, and without it would trust the
// request's Host header: a forged Host could then plant its own domain in a sign-in email.
// The configured public URL is the one source of truth.
process.env.NEXTAUTH_URL = env.APP_URL;

const emailSchema = z.email();

let cached: Promise<NextAuthOptions> | undefined;

/**
 * next-auth's configuration for reading sessions: JWTs checked against the database. It has no
 * providers on purpose: the only way to check a credential is `authOptionsWithSignIn`, behind
 * the sign-in guard.
 */
export function getAuthOptions(): Promise<NextAuthOptions> {
  return (cached ??= buildSessionOptions().catch((error) => {
    cached = undefined; // a database hiccup must not poison every later request
    throw error;
  }));
}

/** The signing secret next-auth uses, for the cookies the auth route sets beside next-auth's. */
export async function authSecret(): Promise<string> {
  return (await getAuthOptions()).secret!;
}

async function buildSessionOptions(): Promise<NextAuthOptions> {
  const db = getDb();
  return {
    // AUTH_SECRET in production (checked at start-up); a database-held key in development.
    secret: await getSigningSecret(db, "next-auth", env.AUTH_SECRET),
    adapter: staffAuthAdapter(db),
    session: { strategy: "jwt", maxAge: SESSION_IDLE_HOURS * 3600 },
    useSecureCookies: env.APP_URL.startsWith("https://"),
    pages: { signIn: "/admin/sign-in", verifyRequest: "/admin/sign-in/check-email", error: "/admin/sign-in" },
    providers: [],
    logger: {
      error(code, metadata) {
        // A session past its cap is the policy working, not a fault: next-auth clears the cookie.
        if (metadata instanceof SessionTooOldError) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.tokenVersion = (user as StaffAuthUser).tokenVersion;
          token.signedInAt = Date.now();
        }
        token.signedInAt = checkSessionAge(token.signedInAt);
        return token;
      },
      session({ session, token }) {
        if (token.sub && typeof token.tokenVersion === "number") session.staff = { id: token.sub, tokenVersion: token.tokenVersion };
        return session;
      },
      redirect({ url }) {
        return new URL(safeCallbackPath(url, env.APP_URL), env.APP_URL).toString();
      },
    },
  };
}

/**
 * The configuration for next-auth's route: the session options plus the two ways to sign in.
 * Both check their credentials only after `guard` admits the attempt, at the point where next-auth
 * has parsed the request, which is why the throttle sits here and not in front of the route.
 */
export async function authOptionsWithSignIn(guard: SignInGuard): Promise<NextAuthOptions> {
  const base = await getAuthOptions();
  const db = getDb();
  const refusedUrl = (code: string) => new URL(`/admin/sign-in?error=${code}`, env.APP_URL).toString();
  return {
    ...base,
    providers: [
      EmailProvider({
        from: env.MAIL_FROM,
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        async sendVerificationRequest(request) {
          const secret = await sealingSecret(db, env.AUTH_SECRET);
          const queued = await queueSignInLink(db, request, { appUrl: env.APP_URL, studioName: studio.name, secret });
          if (queued) after(requestOutboxDelivery); // sent once the answer has gone out
        },
        normalizeIdentifier(identifier) {
          const email = normalizeStaffEmail(identifier);
          if (!emailSchema.safeParse(email).success) throw new Error("Enter a valid email address.");
          return email;
        },
      }),
      CredentialsProvider({
        id: "password",
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials) {
          if (!(await guard.admit("password", credentials?.email))) throw new Error(THROTTLED.password);
          return authorizePassword(db, credentials?.email, credentials?.password);
        },
      }),
    ],
    callbacks: {
      ...base.callbacks,
      // Runs when a link is requested (counted, then allowed: the adapter decides quietly whether
      // anything is sent) and when a link or password is used: only an active staff member gets in.
      async signIn({ user, email }) {
        if (email?.verificationRequest) return (await guard.admit("link", user.email)) || refusedUrl(THROTTLED.link);
        const staff = user as Partial<StaffAuthUser>;
        return typeof staff.tokenVersion === "number" && !staff.deactivatedAt;
      },
    },
    events: {
      signIn({ user }) {
        guard.signedInEmail = normalizeStaffEmail(user.email);
      },
    },
  };
}
