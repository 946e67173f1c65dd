import type { Transaction } from "../database/transaction";
import type { StaffSkill } from "../generated/prisma/client";
import { ExpectedError } from "../errors/expected-error";

export type BookingPersonInput = { role: StaffSkill; userId: string };

const FIELD: Record<StaffSkill, "engineerId" | "producerId"> = { ENGINEER: "engineerId", PRODUCER: "producerId" };
const ROLE_WORD: Record<StaffSkill, string> = { ENGINEER: "an engineer", PRODUCER: "a producer" };

/**
 * The people to book on a session, checked: each is an active staff member with the skill the
 * role needs. Shared-locks their rows so a deactivation cannot slip in before the commit.
 */
export async function loadBookingPeople(tx: Transaction, { engineerId, producerId }: { engineerId: string | null; producerId: string | null }): Promise<BookingPersonInput[]> {
  const wanted: BookingPersonInput[] = [];
  if (engineerId) wanted.push({ role: "ENGINEER", userId: engineerId });
  if (producerId) wanted.push({ role: "PRODUCER", userId: producerId });
  if (wanted.length === 0) return [];
  const ids = [...new Set(wanted.map((person) => person.userId))];
  const users = await tx.$queryRaw<{ id: string; skills: StaffSkill[] | null; deactivatedAt: Date | null }[]>`
    SELECT "id", "skills", "deactivatedAt" FROM "User" WHERE "id" = ANY(${ids}::uuid[]) FOR SHARE`;
  const errors: Record<string, string[]> = {};
  for (const { role, userId } of wanted) {
    const user = users.find((candidate) => candidate.id === userId);
    if (!user || user.deactivatedAt) errors[FIELD[role]] = ["This person is not on the studio's staff any more."];
    else if (!(user.skills ?? []).includes(role)) errors[FIELD[role]] = [`This person is not set up as ${ROLE_WORD[role]} (see Settings).`];
  }
  if (Object.keys(errors).length > 0) throw new ExpectedError("booking-invalid", { fieldErrors: errors });
  return wanted;
}
