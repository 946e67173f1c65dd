// A small, fully known set of leads for the lead list, count and export tests: every status, role
// and assignee case, ties on the sort columns (so the id tiebreak matters) and rows either side of
// UTC midnight. Tests compute what to expect from the returned rows.
import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/database/create-prisma-client";
import type { InquiryStatus, RoleNeeded } from "@/lib/generated/prisma/enums";
import { generateReference } from "@/lib/inquiries/generate-reference";
import { createRandom, fakeLead } from "@/lib/seed/fake-lead";

const STATUSES: InquiryStatus[] = ["NEW", "CONTACTED", "QUOTED", "BOOKED", "WON", "LOST", "SPAM", "ARCHIVED"];
const ROLES: RoleNeeded[] = ["ENGINEER", "PRODUCER", "BOTH", "UNSURE"];
const HOUR = 3_600_000;
const MINUTE = 60_000;

export type FixtureLead = {
  id: string;
  reference: string;
  name: string;
  email: string;
  artistName: string | null;
  status: InquiryStatus;
  roleNeeded: RoleNeeded;
  assigneeId: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** 2026-03-09 19:00 UTC to 2026-03-11 00:00 UTC, two leads an hour. */
export const FIXTURE_START = new Date("2026-03-09T19:00:00Z");

export async function insertLeadSet(db: Database, count = 60) {
  const alice = await db.user.create({ data: { email: `alice.${randomUUID().slice(0, 8)}@studio.test`, name: "Alice Staff" } });
  const bob = await db.user.create({ data: { email: `bob.${randomUUID().slice(0, 8)}@studio.test`, name: null } });
  const random = createRandom(11);
  const leads: FixtureLead[] = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    reference: generateReference(),
    name: `Artist Number${i}`,
    email: `lead${i}@example.com`,
    artistName: null,
    status: STATUSES[i % STATUSES.length],
    roleNeeded: ROLES[Math.floor(i / 2) % ROLES.length],
    assigneeId: [alice.id, bob.id, null][i % 3],
    createdAt: new Date(FIXTURE_START.getTime() + Math.floor(i / 2) * HOUR),
    updatedAt: new Date(FIXTURE_START.getTime() + ((i * 37) % 30) * MINUTE),
  }));
  Object.assign(leads[5], { name: "Ana López", email: "ana.lopez@example.com" });
  Object.assign(leads[12], { artistName: "Lopezia" });
  await db.inquiry.createMany({
    data: leads.map((lead) => ({
      ...fakeLead(random, lead.createdAt),
      ...lead,
      message: "A message that is long enough for the checks.",
      consentedAt: lead.createdAt,
    })),
  });
  return { leads, alice, bob };
}

/** The order of the list for a sort: the sort column, then id, as PostgreSQL compares uuids. */
export function sortedLike(leads: FixtureLead[], sort: "newest" | "oldest" | "updated"): FixtureLead[] {
  const column = sort === "updated" ? "updatedAt" : "createdAt";
  const sign = sort === "oldest" ? 1 : -1;
  return [...leads].sort((a, b) => sign * (a[column].getTime() - b[column].getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}
