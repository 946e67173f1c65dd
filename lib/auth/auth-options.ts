import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { z } from "zod";
import { getDb } from "../db";
import { env } from "../env";
import { getSigningSecret } from "../security/get-signing-secret";
import { authorizePassword } from "./authorize-password";
import { safeCallbackPath } from "./safe-callback-path";
import { SIGN_IN_LINK_MINUTES, sendSignInLink } from "./send-sign-in-link";
import { staffAuthAdapter, type StaffAuthUser } from "./staff-auth-adapter";

declare module "next-auth/jwt" {
  interface JWT {
    tokenVersion?: number;
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

const SESSION_HOURS = 12;
const emailSchema = z.email();

let cached: Promise<NextAuthOptions> | undefined;

/** next-auth's configuration: email links and passwords, JWT sessions checked against the database. */
export function getAuthOptions(): Promise<NextAuthOptions> {
  return (cached ??= buildAuthOptions().catch((error) => {
    cached = undefined; // a database hiccup must not poison every later request
    throw error;
  }));
}

async function buildAuthOptions(): Promise<NextAuthOptions> {
  const db = getDb();
  return {
    // AUTH_SECRET in production (checked at start-up); a database-held key in development.
    secret: await getSigningSecret(db, "next-auth", env.AUTH_SECRET),
    adapter: staffAuthAdapter(db),
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
    useSecureCookies: env.APP_URL.startsWith("https://"),
    pages: { signIn: "/admin/sign-in", verifyRequest: "/admin/sign-in/check-email", error: "/admin/sign-in" },
    providers: [
      EmailProvider({
        from: env.MAIL_FROM,
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        sendVerificationRequest: sendSignInLink,
        normalizeIdentifier(identifier) {
          const email = identifier.normalize("NFKC").trim().toLowerCase();
          if (!emailSchema.safeParse(email).success) throw new Error("Enter a valid email address.");
          return email;
        },
      }),
      CredentialsProvider({
        id: "password",
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        authorize: (credentials) => authorizePassword(db, credentials?.email, credentials?.password),
      }),
    ],
    callbacks: {
      // Runs when a link is requested (always allowed: the adapter decides quietly) and when
      // a link or password is used: only an active staff member gets in.
      signIn({ user, email }) {
        if (email?.verificationRequest) return true;
        const staff = user as Partial<StaffAuthUser>;
        return typeof staff.tokenVersion === "number" && !staff.deactivatedAt;
      },
      jwt({ token, user }) {
        if (user) token.tokenVersion = (user as StaffAuthUser).tokenVersion;
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
