import type { Transaction } from "../database/transaction";
import type { LockedLead } from "../leads/lock-lead";
import { canMoveLead } from "../leads/lead-status-transitions";
import { moveLeadStatus } from "../leads/move-lead-status";

/**
 * A confirmed session means the lead is booked: moves it to BOOKED where the pipeline allows
 * (from CONTACTED or QUOTED; a NEW lead goes through CONTACTED, since confirming is answering).
 * A lead already further on (WON, LOST…) is left where the studio put it.
 */
export async function markLeadBooked(tx: Transaction, actorId: string | null, lead: Pick<LockedLead, "id" | "status">, now: Date): Promise<void> {
  let status = lead.status;
  if (status === "NEW" && (await moveLeadStatus(tx, actorId, { leadId: lead.id, from: "NEW", to: "CONTACTED", now }))) status = "CONTACTED";
  if (canMoveLead(status, "BOOKED")) await moveLeadStatus(tx, actorId, { leadId: lead.id, from: status, to: "BOOKED", now });
}
