import type { Env } from "../env/schema";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";

/** Where emails go and what they say about the studio, from a validated environment. */
export function emailSettingsFor(env: Env): EmailSettings {
  return {
    appUrl: env.APP_URL,
    studioInbox: env.STUDIO_INBOX_EMAIL,
    studio: { name: env.STUDIO_NAME, email: env.STUDIO_EMAIL, phone: env.STUDIO_PHONE, address: env.STUDIO_ADDRESS },
    ...(env.AUTH_SECRET ? { authSecret: env.AUTH_SECRET } : {}),
    cardPayments: Boolean(env.STRIPE_SECRET_KEY),
  };
}
