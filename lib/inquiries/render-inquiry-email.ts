import { createElement } from "react";
import { InquiryAcknowledgement, type AcknowledgementProps } from "@/emails/inquiry-acknowledgement";
import { InquiryStudioNotification, type InquiryFieldRow } from "@/emails/inquiry-studio-notification";
import { artistPortalUrl } from "../artist-portal/artist-portal-url";
import type { Database } from "../database/create-prisma-client";
import { renderEmail } from "../email/render-email";
import { formatStudioDateTime } from "../time/format-studio-time";
import type { Inquiry } from "../generated/prisma/client";
import { budgetRangeLabel, projectTypeLabel, roleOptions, roleShortLabel, usualResponseTime } from "./labels";
import { loadPreferredSlots, type PreferredSlotView } from "./load-preferred-slots";
import { INQUIRY_EMAIL_KINDS, type EmailSettings } from "./queue-inquiry-emails";

/**
 * The HTML and text of one queued inquiry email, from the stored inquiry. `db` signs the
 * artist's private link (its key may live in the database); the link is valid for a year from
 * `now`, the first delivery attempt.
 */
export async function renderInquiryEmail(
  kind: string,
  inquiry: Inquiry,
  settings: EmailSettings,
  { db, now = new Date(), preferredSlots, ...secret }: { db: Database; now?: Date; authSecret?: string; preferredSlots?: PreferredSlotView[] },
): Promise<{ html: string; text: string }> {
  const rows = fieldRows(inquiry);
  if (kind === INQUIRY_EMAIL_KINDS.studioNotification) {
    const who = inquiry.artistName ? `${inquiry.artistName} (${inquiry.name})` : inquiry.name;
    return renderEmail(
      createElement(InquiryStudioNotification, {
        studioName: settings.studio.name,
        reference: inquiry.reference,
        headline: `New inquiry from ${who}: ${roleShortLabel[inquiry.roleNeeded]}`,
        rows,
        message: inquiry.message,
        adminUrl: `${settings.appUrl}/admin/leads/${inquiry.id}`,
        preferredTimes: (preferredSlots ?? (await loadPreferredSlots(db, inquiry.id))).map((slot) => `${slot.roomName ?? "Any room"}: ${slot.when}`),
      }),
    );
  }
  if (kind === INQUIRY_EMAIL_KINDS.acknowledgement) {
    const role = roleOptions[inquiry.roleNeeded];
    const slots = preferredSlots ?? (await loadPreferredSlots(db, inquiry.id));
    return renderEmail(
      createElement(InquiryAcknowledgement, {
        studioName: settings.studio.name,
        studioEmail: settings.studio.email,
        studioPhone: settings.studio.phone,
        firstName: inquiry.name.split(" ")[0],
        reference: inquiry.reference,
        summary: rows.filter((row) => ["Looking for", "Artist or band", "Project", "Songs", "Timeline"].includes(row.label)),
        requestedTimes: slots.map((slot) => `${slot.roomName ?? "Any room"}: ${slot.when}`),
        requestOutcome: slots.length > 0 ? await requestOutcome(db, inquiry) : undefined,
        responseTime: usualResponseTime,
        roleTitle: role.learnMore === "/roles/engineer-vs-producer" ? "how an engineer and a producer compare" : `what ${role.label.toLowerCase()} does`,
        roleUrl: `${settings.appUrl}${role.learnMore}`,
        portalUrl: await artistPortalUrl(db, { inquiryId: inquiry.id, appUrl: settings.appUrl, now, ...secret }),
      }),
    );
  }
  throw new Error(`No template for outbox message kind "${kind}"`);
}

/** Until when the artist's requested time is held (read at send time), or what else became of it. */
async function requestOutcome(db: Database, inquiry: Inquiry): Promise<AcknowledgementProps["requestOutcome"]> {
  const status = inquiry.sessionRequestStatus;
  if (status !== "HELD") return { status: status ?? "PREFERRED" };
  const [hold, { timeZone }] = await Promise.all([
    db.booking.findFirst({ where: { inquiryId: inquiry.id, status: { in: ["HOLD", "CONFIRMED"] } }, orderBy: { holdExpiresAt: { sort: "asc", nulls: "last" } }, select: { status: true, holdExpiresAt: true } }),
    db.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } }),
  ]);
  // Confirmed, or let go, before this email went.
  if (hold?.status === "CONFIRMED") return { status: "CONFIRMED" };
  if (!hold?.holdExpiresAt) return { status: "REQUESTED" };
  return { status: "HELD", until: formatStudioDateTime(hold.holdExpiresAt, timeZone) };
}

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "open";

function fieldRows(inquiry: Inquiry): InquiryFieldRow[] {
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
      ? { label: "Timeline", value: `${day(inquiry.targetStartOn)} to ${day(inquiry.targetFinishOn)}` }
      : null,
  ];
  return rows.filter((row): row is InquiryFieldRow => row !== null);
}
