import "server-only";
import { env } from "../env";
import { studio } from "../site/studio";
import type { EmailSettings } from "./queue-inquiry-emails";

/** Where inquiry emails go and what they say about the studio, from this deployment's configuration. */
export function emailSettings(): EmailSettings {
  return {
    appUrl: env.APP_URL,
    studioInbox: env.STUDIO_INBOX_EMAIL,
    studio: { name: studio.name, email: studio.email, phone: studio.phone },
  };
}
