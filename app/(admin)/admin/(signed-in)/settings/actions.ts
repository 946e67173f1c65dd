"use server";

import { revalidatePath } from "next/cache";
import type { AdminActionState } from "@/lib/auth/admin-action-state";
import { formField } from "@/lib/auth/form-fields";
import { runStaffAction } from "@/lib/auth/run-staff-action";
import { getDb } from "@/lib/db";
import { isUuid } from "@/lib/validation/is-uuid";
import { addClosure } from "@/lib/studio/add-closure";
import { createRoom } from "@/lib/studio/create-room";
import { removeClosure } from "@/lib/studio/remove-closure";
import { rotateCalendarFeed } from "@/lib/studio/rotate-calendar-feed";
import { setOpeningHours } from "@/lib/studio/set-opening-hours";
import { setStaffSkills } from "@/lib/studio/set-staff-skills";
import { updateRoom } from "@/lib/studio/update-room";
import { updateStudioSettings } from "@/lib/studio/update-studio-settings";
import { updateReminderSettings } from "@/lib/studio/update-reminder-settings";
import { OFFER_KINDS } from "@/lib/rate-card/offer-kinds";
import type { RateCardInput } from "@/lib/rate-card/rate-card-schema";
import { setRoomOffers } from "@/lib/rate-card/set-room-offers";

// Every action hands the form's strings to the lib/studio function, which checks the role again
// and validates; nothing here trusts what the page showed.
const done = (message: string): AdminActionState => {
  revalidatePath("/admin/settings");
  return { status: "success", message };
};

export async function updateStudioSettingsAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "updateStudioSettings",
    "OWNER",
    formData,
    async (member) => {
      await updateStudioSettings(getDb(), member, {
        timeZone: formField(formData, "timeZone"),
        holdDays: formField(formData, "holdDays"),
        currency: formField(formData, "currency"),
        // An unticked checkbox sends nothing: absent is off.
        holdRequestedTime: formData.get("holdRequestedTime") === "on",
        requestHoldHours: formField(formData, "requestHoldHours"),
        artistMovesAtOnce: formData.get("artistMovesAtOnce") === "on",
        artistMoveNoticeDays: formField(formData, "artistMoveNoticeDays"),
      });
      return done("Studio settings saved.");
    },
  );
}

export async function updateReminderSettingsAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "updateReminderSettings",
    "OWNER",
    formData,
    async (member) => {
      // An unticked checkbox sends nothing: absent is off.
      const on = (name: string) => formData.get(name) === "on";
      await updateReminderSettings(getDb(), member, {
        prepReminderOn: on("prepReminderOn"),
        prepReminderDays: formField(formData, "prepReminderDays"),
        prepReminderNote: formField(formData, "prepReminderNote"),
        logisticsReminderOn: on("logisticsReminderOn"),
        logisticsNote: formField(formData, "logisticsNote"),
        followUpReminderOn: on("followUpReminderOn"),
        followUpNote: formField(formData, "followUpNote"),
        holdReminderOn: on("holdReminderOn"),
        holdReminderNote: formField(formData, "holdReminderNote"),
      });
      return done("Reminders saved.");
    },
    { fieldIdPrefix: () => "reminders-" },
  );
}

export async function setOpeningHoursAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "setOpeningHours",
    "OWNER",
    formData,
    async (member) => {
      const days = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        weekday,
        closed: formData.get(`closed-${weekday}`) !== null,
        opens: formField(formData, `opens-${weekday}`),
        closes: formField(formData, `closes-${weekday}`),
      }));
      await setOpeningHours(getDb(), member, { days });
      return done("Opening hours saved.");
    },
  );
}

export async function addClosureAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "addClosure",
    "OWNER",
    formData,
    async (member) => {
      await addClosure(getDb(), member, { startsOn: formField(formData, "startsOn"), endsOn: formField(formData, "endsOn"), reason: formField(formData, "reason"), keepSessions: formData.get("keepSessions") === "on" });
      return done("Closure added.");
    },
  );
}

export async function removeClosureAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "removeClosure",
    "OWNER",
    formData,
    async (member) => {
      await removeClosure(getDb(), member, { closureId: formField(formData, "closureId") });
      return done("Closure removed.");
    },
  );
}

/** Adds a room, or saves the room named by the form's roomId. */
export async function saveRoomAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  // The same prefix as the form's field ids (RoomFields), so the error links find their field.
  let idPrefix = "";
  return runStaffAction(
    "saveRoom",
    "OWNER",
    formData,
    async (member) => {
      const roomId = formField(formData, "roomId");
      idPrefix = `room-${isUuid(roomId) ? roomId : "new"}-`;
      const input = {
        name: formField(formData, "name"),
        description: formField(formData, "description"),
        hourlyRate: formField(formData, "hourlyRate"),
        dayRate: formField(formData, "dayRate"),
        active: formData.get("active") !== null,
      };
      if (!roomId) {
        await createRoom(getDb(), member, input);
        return done(`Room “${input.name.trim()}” added.`);
      }
      await updateRoom(getDb(), member, { roomId, ...input });
      return done(`Room “${input.name.trim()}” saved.`);
    },
    { fieldIdPrefix: () => idPrefix },
  );
}

export async function setRoomOffersAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  // The same prefix as the rate card form's field ids (RateCardForm).
  let idPrefix = "";
  return runStaffAction(
    "setRoomOffers",
    "OWNER",
    formData,
    async (member) => {
      const roomId = formField(formData, "roomId");
      idPrefix = `rates-${isUuid(roomId) ? roomId : "unknown"}-`;
      const input: RateCardInput = {};
      for (const kind of OFFER_KINDS) {
        input[`${kind}-sold`] = formData.get(`${kind}-sold`) !== null;
        for (const name of ["label", "price", "minHours", "blockHours", "startTimes", "minDays"] as const) {
          if (formData.has(`${kind}-${name}`)) input[`${kind}-${name}`] = formField(formData, `${kind}-${name}`);
        }
      }
      await setRoomOffers(getDb(), member, roomId, input);
      return done("Rate card saved.");
    },
    { fieldIdPrefix: () => idPrefix },
  );
}

export async function setStaffSkillsAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  // The same prefix as the person's form's field ids (PeopleSection).
  let idPrefix = "";
  return runStaffAction(
    "setStaffSkills",
    "OWNER",
    formData,
    async (member) => {
      const userId = formField(formData, "userId");
      idPrefix = `person-${isUuid(userId) ? userId : "unknown"}-`;
      const skills = formData.getAll("skills").map(String);
      await setStaffSkills(getDb(), member, { userId, skills, hourlyRate: formField(formData, "hourlyRate"), dayRate: formField(formData, "dayRate") });
      return done("Skills and rates saved.");
    },
    { fieldIdPrefix: () => idPrefix },
  );
}

export async function rotateCalendarFeedAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "rotateCalendarFeed",
    "OWNER",
    formData,
    async (member) => {
      const kind = formField(formData, "kind") === "person" ? "person" : "room";
      await rotateCalendarFeed(getDb(), member, { kind, id: formField(formData, "id") });
      return done("New feed URL made: the old one no longer works.");
    },
  );
}
