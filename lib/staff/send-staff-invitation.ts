import "server-only";
import { randomUUID } from "node:crypto";
import { StaffInvitation } from "@/emails/staff-invitation";
import { getDb } from "../db";
import { getMailTransport } from "../email/get-mail-transport";
import { messageIdFor } from "../email/message-id";
import { renderEmail } from "../email/render-email";
import { env } from "../env";
import { studio } from "../site/studio";
import { loadStudioTimeZone } from "../studio/load-studio-time-zone";
import { formatStudioDate } from "../time/format-studio-time";
import type { SendInvitation } from "./invite-staff";
import { staffRoleLabel } from "./staff-role-label";

/**
 * Emails an invitation link at once, not through the outbox: the link holds a secret that is
 * never stored, and the owner wants to know now whether it went out.
 */
export const sendStaffInvitation: SendInvitation = async ({ email, role, url, expiresAt, invitedBy }) => {
  const expiresOn = formatStudioDate(expiresAt, await loadStudioTimeZone(getDb()), "long");
  const { html, text } = await renderEmail(
    StaffInvitation({ studioName: studio.name, inviterName: invitedBy.name ?? invitedBy.email, roleLabel: staffRoleLabel[role].toLowerCase(), url, expiresOn }),
  );
  await getMailTransport().sendMail({
    from: env.MAIL_FROM,
    to: email,
    subject: `You are invited to join the team at ${studio.name}`,
    text,
    html,
    messageId: messageIdFor(randomUUID(), env.APP_URL),
  });
};
