import type { OfferKind } from "../generated/prisma/client";

export type { OfferKind };

/** Every kind of offer, in the order rate cards list them. */
export const OFFER_KINDS = ["HOURLY", "HALF_DAY", "FULL_DAY", "LOCKOUT"] as const satisfies readonly OfferKind[];
