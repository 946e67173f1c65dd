"use server";

import { after } from "next/server";
import { revalidatePath } from "next/cache";
import type { AdminActionState } from "@/lib/auth/admin-action-state";
import { formField } from "@/lib/auth/form-fields";
import { runStaffAction } from "@/lib/auth/run-staff-action";
import { approveProposedMove } from "@/lib/bookings/approve-proposed-move";
import { bookRequestedTime } from "@/lib/bookings/book-requested-time";
import { describeCancellationPlan } from "@/lib/billing/plan-cancellation";
import { cancelBooking } from "@/lib/bookings/cancel-booking";
import { closeArtistRequest } from "@/lib/bookings/close-artist-request";
import { loadFreeBusy, type FreeBusyState } from "@/lib/bookings/load-free-busy";
import { isUuid } from "@/lib/validation/is-uuid";
import type { SessionTarget } from "@/lib/bookings/lock-booking";
import { confirmBooking } from "@/lib/bookings/confirm-booking";
import { createSessions } from "@/lib/bookings/create-sessions";
import { moveBooking } from "@/lib/bookings/move-booking";
import { moveSession } from "@/lib/bookings/move-session";
import { sessionFormFields } from "@/lib/bookings/session-form-fields";
import { getDb } from "@/lib/db";
import { emailSettings } from "@/lib/inquiries/email-settings";
import { requestOutboxDelivery, requestStripeRefunds } from "@/lib/background/web-process";

// The lead and session named in hidden fields; everything else is re-read and re-checked by the
// booking domain, and the database has the last word on clashes.
const leadIdOf = (formData: FormData) => formField(formData, "leadId");
/** A whole booking (groupId) or one of its days (bookingId). */
const targetOf = (formData: FormData): SessionTarget => {
  const leadId = leadIdOf(formData);
  const groupId = formData.get("groupId");
  return typeof groupId === "string" && groupId !== "" ? { leadId, groupId } : { leadId, bookingId: formField(formData, "bookingId") };
};
const days = (count: number) => (count === 1 ? "" : ` (${count} days)`);
const done = (leadId: string, message: string): AdminActionState => {
  revalidatePath(`/admin/leads/${leadId}`);
  revalidatePath("/admin/calendar");
  return { status: "success", message };
};

export async function createSessionsAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "createSessions",
    "STAFF",
    formData,
    async (member) => {
      const leadId = leadIdOf(formData);
      const ids = await createSessions(getDb(), member, leadId, sessionFormFields(formData), { emailSettings: emailSettings() });
      after(requestOutboxDelivery);
      const what = ids.length === 1 ? "Session" : `${ids.length} sessions`;
      return done(leadId, formData.get("status") === "CONFIRMED" ? `${what} confirmed; the artist is sent the invitation.` : `${what} on hold.`);
    },
  );
}

export async function confirmSessionAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "confirmSession",
    "STAFF",
    formData,
    async (member) => {
      const target = targetOf(formData);
      const { confirmed } = await confirmBooking(getDb(), member, target, emailSettings());
      after(requestOutboxDelivery);
      return done(target.leadId, `Confirmed${days(confirmed)}; the artist is sent the invitation.`);
    },
  );
}

export async function moveSessionAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "moveSession",
    "STAFF",
    formData,
    async (member) => {
      const leadId = leadIdOf(formData);
      await moveSession(getDb(), member, leadId, sessionFormFields(formData), { emailSettings: emailSettings() });
      after(requestOutboxDelivery);
      return done(leadId, "Session moved.");
    },
  );
}

export async function cancelSessionAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "cancelSession",
    "STAFF",
    formData,
    async (member) => {
      const target = targetOf(formData);
      const cancelledBy = formData.get("cancelledBy") === "studio" ? "studio" : "artist";
      const { cancelled, money } = await cancelBooking(getDb(), member, { ...target, cancelledBy }, emailSettings());
      after(requestOutboxDelivery);
      if (money) after(requestStripeRefunds); // the card refunds it recorded go to Stripe now
      const what = cancelled === 1 ? "Session cancelled." : `${cancelled} days cancelled.`;
      return done(target.leadId, money ? `${what} ${describeCancellationPlan(money)}` : what);
    },
  );
}

export async function bookRequestedTimeAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "bookRequestedTime",
    "STAFF",
    formData,
    async (member) => {
      const leadId = leadIdOf(formData);
      const ids = await bookRequestedTime(getDb(), member, { leadId }, emailSettings());
      after(requestOutboxDelivery);
      return done(leadId, `The requested time is on hold${days(ids.length)}: confirm it below when the artist agrees.`);
    },
  );
}

export async function approveProposedMoveAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "approveProposedMove",
    "STAFF",
    formData,
    async (member) => {
      const leadId = leadIdOf(formData);
      await approveProposedMove(getDb(), member, { leadId, requestId: formField(formData, "requestId") }, emailSettings());
      after(requestOutboxDelivery);
      return done(leadId, "Moved to the time the artist picked.");
    },
  );
}

export async function closeArtistRequestAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "closeArtistRequest",
    "STAFF",
    formData,
    async (member) => {
      const leadId = leadIdOf(formData);
      await closeArtistRequest(getDb(), member, { leadId, requestId: formField(formData, "requestId") });
      return done(leadId, "Marked as dealt with.");
    },
  );
}

/** The booking form's free-and-busy panel: read only, for the room, people and days on the form. */
export async function loadFreeBusyAction(_state: FreeBusyState, formData: FormData): Promise<FreeBusyState> {
  return runStaffAction("loadFreeBusy", "STAFF", formData, async () => {
    const db = getDb();
    const ids = ["engineerId", "producerId"].map((name) => formField(formData, name)).filter(isUuid);
    const people = await db.user.findMany({ where: { id: { in: ids }, deactivatedAt: null }, select: { id: true, name: true, email: true } });
    const days = await loadFreeBusy(db, {
      roomId: formField(formData, "roomId"),
      people: people.map((person) => ({ id: person.id, name: person.name || person.email })),
      dates: formData.getAll("date").map(String),
    });
    const answer: FreeBusyState = { status: "success", message: "", days };
    return answer;
  });
}

export async function moveBookingAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "moveBooking",
    "STAFF",
    formData,
    async (member) => {
      const leadId = leadIdOf(formData);
      const { moved } = await moveBooking(
        getDb(),
        member,
        leadId,
        {
          groupId: formField(formData, "groupId"),
          version: formField(formData, "version"),
          firstDate: formField(formData, "firstDate"),
          roomId: formField(formData, "roomId"),
          overrideHours: formData.get("overrideHours") === "on",
        },
        { emailSettings: emailSettings() },
      );
      after(requestOutboxDelivery);
      return done(leadId, `Booking moved (${moved} ${moved === 1 ? "day" : "days"}).`);
    },
    { fieldIdPrefix: () => `move-booking-${formField(formData, "groupId")}-` },
  );
}
