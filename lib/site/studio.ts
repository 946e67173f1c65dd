import "server-only";
import { env } from "../env";

/** The studio this deployment belongs to, as configured by the STUDIO_* variables. */
export const studio = {
  name: env.STUDIO_NAME,
  tagline: env.STUDIO_TAGLINE,
  email: env.STUDIO_EMAIL,
  phone: env.STUDIO_PHONE,
  address: env.STUDIO_ADDRESS,
  url: env.APP_URL,
};

/** The phone number as a tel: link target (digits and a leading plus only). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}
