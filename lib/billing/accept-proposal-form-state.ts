/** What the artist's accept form shows after a submission; `typedName` keeps what they typed. */
export type AcceptProposalFormState = {
  status: "idle" | "accepted" | "invalid" | "refused" | "error";
  message?: string;
  fieldErrors?: { acceptedName?: string[]; agree?: string[] };
  typedName?: string;
};

export const initialAcceptProposalFormState: AcceptProposalFormState = { status: "idle" };
