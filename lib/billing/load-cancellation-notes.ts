import type { LeadBooking } from "../bookings/load-lead-bookings";
import type { Database } from "../database/create-prisma-client";
import type { LeadMoney } from "./load-lead-money";
import { describeCancellationPlan, planCancellation } from "./plan-cancellation";

/**
 * For each live booking with invoices, what cancelling it now would do to its money, as the
 * artist's cancellation and as the studio's (for an owner, `studioChoice`, who alone may cancel as
 * the studio): the lead page shows them before anyone confirms.
 */
export async function loadCancellationNotes(db: Database, bookings: LeadBooking[], money: LeadMoney, now: Date, { studioChoice }: { studioChoice: boolean }): Promise<Map<string, { artist: string; studio: string | null }>> {
  const notes = new Map<string, { artist: string; studio: string | null }>();
  for (const booking of bookings) {
    const first = booking.sessions.find((session) => session.status === "HOLD" || session.status === "CONFIRMED");
    if (!first || !money.bookings.get(booking.id)?.invoices.length) continue;
    const [artist, studio] = await Promise.all(
      (["artist", "studio"] as const).map((cancelledBy) => planCancellation(db, { groupId: booking.id, cancelledBy, firstStartsAt: first.startsAt, now })),
    );
    // With nothing paid, who cancels changes nothing: one sentence, no choice.
    if (artist && studio) notes.set(booking.id, { artist: describeCancellationPlan(artist), studio: studioChoice && artist.paidMinor > 0 ? describeCancellationPlan(studio) : null });
  }
  return notes;
}
