import type { AdminAction } from "@/lib/auth/admin-action-state";

/** The lead page's money actions, passed in by the page (components never import from app/). */
export type MoneyActions = {
  sendProposalAction: AdminAction;
  recordBankTransferAction: AdminAction;
  issueRefundAction: AdminAction;
  markRefundSentAction: AdminAction;
  addBookingExtraAction: AdminAction;
  removeBookingExtraAction: AdminAction;
  issueFinalInvoiceAction: AdminAction;
  settlePaymentDecisionAction: AdminAction;
  applyArtistCreditAction: AdminAction;
  issueCreditNoteAction: AdminAction;
};
