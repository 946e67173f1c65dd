import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { InquiryAcknowledgement } from "@/emails/inquiry-acknowledgement";
import { InquiryStudioNotification, type InquiryFieldRow } from "@/emails/inquiry-studio-notification";
import { headerSafe } from "../email/header-safe";
import { messageIdFor } from "../email/message-id";
import { renderEmail } from "../email/render-email";
import type { Prisma } from "../generated/prisma/client";
import type { Inquiry } from "./inquiry-schema";
import { budgetRangeLabel, projectTypeLabel, roleOptions, roleShortLabel, usualResponseTime } from "./labels";

export type EmailSettings = {
  appUrl: string;
  studioInbox: string;
  studio: { name: string; email: string; phone: string };
};

type StoredInquiry = Inquiry & { id: string; reference: string };

export const INQUIRY_EMAIL_KINDS = {
  studioNotification: "inquiry.studio-notification",
  acknowledgement: "inquiry.acknowledgement",
} as const;

/** The two outbox rows for a new inquiry: the studio's notification and the artist's acknowledgement. */
export async function buildInquiryEmails(inquiry: StoredInquiry, settings: EmailSettings): Promise<Prisma.OutboxMessageCreateManyInput[]> {
  const who = inquiry.artistName ? `${inquiry.artistName} (${inquiry.name})` : inquiry.name;
  const role = roleShortLabel[inquiry.roleNeeded];
  const rows = fieldRows(inquiry);
  const studioId = randomUUID();
  const ackId = randomUUID();
  const roleLink = roleOptions[inquiry.roleNeeded].learnMore;

  const [studioEmail, acknowledgement] = await Promise.all([
    renderEmail(
      createElement(InquiryStudioNotification, {
        studioName: settings.studio.name,
        reference: inquiry.reference,
        headline: `New inquiry from ${who}: ${role}`,
        rows,
        message: inquiry.message,
        adminUrl: `${settings.appUrl}/admin/leads/${inquiry.id}`,
      }),
    ),
    renderEmail(
      createElement(InquiryAcknowledgement, {
        studioName: settings.studio.name,
        studioEmail: settings.studio.email,
        studioPhone: settings.studio.phone,
        firstName: inquiry.name.split(" ")[0],
        reference: inquiry.reference,
        summary: rows.filter((row) => ["Looking for", "Project", "Songs", "Timeline"].includes(row.label)),
        responseTime: usualResponseTime,
        roleTitle: roleLink === "/roles/engineer-vs-producer" ? "how an engineer and a producer compare" : `what ${roleOptions[inquiry.roleNeeded].label.toLowerCase()} does`,
        roleUrl: `${settings.appUrl}${roleLink}`,
      }),
    ),
  ]);

  return [
    {
      id: studioId,
      kind: INQUIRY_EMAIL_KINDS.studioNotification,
      inquiryId: inquiry.id,
      toAddress: settings.studioInbox,
      replyTo: inquiry.email,
      subject: headerSafe(`New inquiry (${role}): ${who} [${inquiry.reference}]`, 250),
      htmlBody: studioEmail.html,
      textBody: studioEmail.text,
      messageId: messageIdFor(studioId, settings.appUrl),
    },
    {
      id: ackId,
      kind: INQUIRY_EMAIL_KINDS.acknowledgement,
      inquiryId: inquiry.id,
      toAddress: inquiry.email,
      replyTo: settings.studio.email,
      subject: headerSafe(`We received your inquiry (${inquiry.reference})`),
      htmlBody: acknowledgement.html,
      textBody: acknowledgement.text,
      messageId: messageIdFor(ackId, settings.appUrl),
    },
  ];
}

function fieldRows(inquiry: StoredInquiry): InquiryFieldRow[] {
  const rows: (InquiryFieldRow | null)[] = [
    { label: "Reference", value: inquiry.reference },
    { label: "Looking for", value: roleShortLabel[inquiry.roleNeeded] },
    { label: "Name", value: inquiry.name },
    { label: "Email", value: inquiry.email },
    inquiry.phone ? { label: "Phone", value: inquiry.phone } : null,
    inquiry.artistName ? { label: "Artist or band", value: inquiry.artistName } : null,
    inquiry.projectType ? { label: "Project", value: projectTypeLabel[inquiry.projectType] } : null,
    inquiry.songCount ? { label: "Songs", value: String(inquiry.songCount) } : null,
    inquiry.genres.length ? { label: "Genres", value: inquiry.genres.join(", ") } : null,
    inquiry.referenceLinks.length ? { label: "References", value: inquiry.referenceLinks.join("\n") } : null,
    inquiry.budgetRange ? { label: "Budget", value: budgetRangeLabel[inquiry.budgetRange] } : null,
    inquiry.targetStartOn || inquiry.targetFinishOn
      ? { label: "Timeline", value: `${inquiry.targetStartOn ?? "open"} to ${inquiry.targetFinishOn ?? "open"}` }
      : null,
  ];
  return rows.filter((row): row is InquiryFieldRow => row !== null);
}
