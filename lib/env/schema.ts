// The environment the app accepts, as one zod schema. Parsed once at start-up (lib/env.ts for
// the app, scripts/ for the command-line tools); a bad value stops the process with a message
// that names the variable.
import { z } from "zod";

const postgresUrl = z
  .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" })
  .optional();

const smtpUrl = z
  .url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" })
  .optional();

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" });

/** Empty strings count as unset: `FOO=` in a shell or .env file means "no value". */
function blankAsUnset(source: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
}

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: postgresUrl,
    EMBEDDED_DATABASE_DIR: z.string().default(".data/postgres"),
    EMBEDDED_DATABASE_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    SMTP_URL: smtpUrl,
    MAIL_FROM: z.string().min(3).default("Studio Desk <desk@localhost>"),
    STUDIO_INBOX_EMAIL: z.email().default("studio@localhost"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    APP_URL: httpUrl.optional(),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    /** Read only by `npm run admin:create`. */
    ADMIN_PASSWORD: z.string().optional(),
    INQUIRY_RATE_LIMIT: z.coerce.number().int().min(0).default(10),
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** `off` in a web process whose background work (email, sweeps) runs in `npm run worker` instead. */
    BACKGROUND_WORK: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on"),
    STUDIO_NAME: z.string().min(1).max(80).default("Studio Desk"),
    STUDIO_TAGLINE: z.string().max(160).default("Recording, production and mixing for independent artists"),
    STUDIO_EMAIL: z.email().default("hello@studiodesk.example"),
    STUDIO_PHONE: z.string().max(40).default("+44 20 7946 0000"),
    STUDIO_ADDRESS: z.string().max(200).default("12 Canal Street, London"),
    /** Card payments through Stripe, when both are set (lib/billing/stripe/); bank transfer otherwise. */
    STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(test|live)_\w+$/, "must be a Stripe secret key (sk_test_…, sk_live_… or a restricted rk_… key)").optional(),
    STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_\w+$/, "must be a webhook signing secret (whsec_…)").optional(),
    /**
     * For tests only: the base URL of a loopback stand-in that answers as Stripe's API does
     * (test/support/stripe-stand-in.ts). Unset, the SDK talks to Stripe itself.
     */
    STRIPE_API_BASE: httpUrl.optional(),
  })
  .superRefine((env, context) => {
    if (!!env.STRIPE_SECRET_KEY !== !!env.STRIPE_WEBHOOK_SECRET) {
      const missing = env.STRIPE_SECRET_KEY ? "STRIPE_WEBHOOK_SECRET" : "STRIPE_SECRET_KEY";
      context.addIssue({ code: "custom", path: [missing], message: "card payments need both STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET; set both, or neither for bank transfer only" });
    }
  })
  .transform((env) => ({
    ...env,
    APP_URL: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
  }));

export type Env = z.infer<typeof envSchema>;

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((line) => `  - ${line}`).join("\n")}`);
    this.name = "InvalidEnvironmentError";
  }
}

/** Parses the given variables, throwing one error that lists every bad variable by name. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(blankAsUnset(source));
  if (result.success) return result.data;
  throw new InvalidEnvironmentError(
    result.error.issues.map((issue) => `${issue.path.join(".") || "(environment)"}: ${issue.message}`),
  );
}

/**
 * The production server signs staff sessions with AUTH_SECRET. Development falls back to a key
 * generated into the database, which is fine on one laptop but not something to run a studio on.
 */
export function missingProductionSecret(env: Env): string | null {
  if (env.AUTH_SECRET) return null;
  return "AUTH_SECRET: required by the production server (at least 32 characters; generate one with `openssl rand -base64 32`).";
}
