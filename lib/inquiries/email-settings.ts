import "server-only";
import { emailSettingsFor } from "../email/email-settings-for";
import { env } from "../env";
import type { EmailSettings } from "./queue-inquiry-emails";

/** Where emails go and what they say about the studio, from this deployment's configuration. */
export function emailSettings(): EmailSettings {
  return emailSettingsFor(env);
}
