import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import type { TermsVersion } from "../generated/prisma/client";
import { requireOwner } from "../studio/require-owner";
import { termsSchema } from "./billing-settings-schemas";
import { lockBillingSettings } from "./lock-billing-settings";
import { parseBillingInput } from "./parse-billing-input";

/**
 * Publishes the studio's terms as the next version (owners only), written by `actor`. Versions
 * are never changed: a proposal names the version the artist accepted. Publishers take turns on
 * the billing settings' row, so two at once get consecutive numbers rather than one failing.
 * Text that is already the latest version is refused.
 */
export async function publishTerms(db: Database, actor: StaffMember, input: { body: unknown }): Promise<TermsVersion> {
  requireOwner(actor);
  const { body } = parseBillingInput(termsSchema, input);
  return db.$transaction(async (tx) => {
    await lockBillingSettings(tx);
    const latest = await tx.termsVersion.findFirst({ orderBy: { version: "desc" }, select: { version: true, body: true } });
    if (latest?.body === body) {
      throw new ExpectedError("billing-invalid", { fieldErrors: { body: [`These are already the terms of version ${latest.version}.`] } });
    }
    return tx.termsVersion.create({ data: { version: (latest?.version ?? 0) + 1, body, createdById: actor.id } });
  });
}
