import "server-only";
import { getDb } from "../db";
import { env } from "../env";
import { getSigningSecret } from "../security/get-signing-secret";
import type { CreateInquiryContext } from "./create-inquiry";
import { emailSettings } from "./email-settings";

/** Everything createInquiry needs from this deployment's configuration. */
export async function getInquiryContext(): Promise<CreateInquiryContext> {
  const db = getDb();
  return {
    db,
    signingSecret: await getSigningSecret(db, "inquiry-form", env.AUTH_SECRET),
    ratePerHour: env.INQUIRY_RATE_LIMIT,
    emailSettings: emailSettings(),
  };
}
