import "server-only";
import { getDb } from "../db";
import { env } from "../env";
import { getSigningSecret } from "../security/get-signing-secret";
import { studio } from "../site/studio";
import type { CreateInquiryContext } from "./create-inquiry";

/** Everything createInquiry needs from this deployment's configuration. */
export async function getInquiryContext(): Promise<CreateInquiryContext> {
  const db = getDb();
  return {
    db,
    signingSecret: await getSigningSecret(db, "inquiry-form", env.AUTH_SECRET),
    ratePerHour: env.INQUIRY_RATE_LIMIT,
    emailSettings: {
      appUrl: env.APP_URL,
      studioInbox: env.STUDIO_INBOX_EMAIL,
      studio: { name: studio.name, email: studio.email, phone: studio.phone },
    },
  };
}
