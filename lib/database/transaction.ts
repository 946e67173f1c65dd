import type { Prisma } from "../generated/prisma/client";

/** The client an interactive `db.$transaction(async (tx) => …)` hands its callback. */
export type Transaction = Prisma.TransactionClient;
