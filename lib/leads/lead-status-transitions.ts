// The lead pipeline: which status a lead may move to from each status. Staff pick from
// nextStatuses(); changeLeadStatus refuses anything else, so a stale or forged form cannot
// put a lead somewhere the pipeline has no way out of. Safe to import in client components.
import type { InquiryStatus } from "../generated/prisma/client";

export const LEAD_STATUS_TRANSITIONS: Readonly<Record<InquiryStatus, readonly InquiryStatus[]>> = {
  NEW: ["CONTACTED", "QUOTED", "LOST", "SPAM", "ARCHIVED"],
  CONTACTED: ["QUOTED", "BOOKED", "LOST", "SPAM", "ARCHIVED"],
  // Back to CONTACTED: the quote is off the table but the conversation goes on.
  QUOTED: ["CONTACTED", "BOOKED", "LOST", "ARCHIVED"],
  BOOKED: ["WON", "LOST", "ARCHIVED"],
  // Back to BOOKED: marked won too early (the sessions are not done, or not paid). Without it the
  // only way back is archive, reopen as NEW and walk the pipeline again, which muddles the trail.
  WON: ["BOOKED", "ARCHIVED"],
  // The artist came back.
  LOST: ["CONTACTED", "ARCHIVED"],
  // Not spam after all: back to the start, to be answered like any other lead.
  SPAM: ["NEW"],
  // Reopened.
  ARCHIVED: ["NEW"],
};

/** Whether a lead may move from `from` to `to`. Unknown values (from a form) are never allowed. */
export function canMoveLead(from: string, to: string): boolean {
  return Object.hasOwn(LEAD_STATUS_TRANSITIONS, from) && LEAD_STATUS_TRANSITIONS[from as InquiryStatus].includes(to as InquiryStatus);
}

/** The statuses a lead in `from` may move to, in pipeline order. */
export function nextStatuses(from: InquiryStatus): readonly InquiryStatus[] {
  return Object.hasOwn(LEAD_STATUS_TRANSITIONS, from) ? LEAD_STATUS_TRANSITIONS[from] : [];
}
