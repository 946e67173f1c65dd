/** What the artist's "Pay by card" form shows when it did not lead on to Stripe's page. */
export type PayByCardState = { status: "idle" | "refused" | "error"; message?: string };

export const initialPayByCardState: PayByCardState = { status: "idle" };
