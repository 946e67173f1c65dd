import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { ExpectedError } from "@/lib/errors/expected-error";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { loadStudioSettings } from "./load-studio-settings";
import { updateReminderSettings } from "./update-reminder-settings";
import { updateStudioSettings } from "./update-studio-settings";

describeEachDatabase("updateStudioSettings", { poolSize: 2 }, ({ db }) => {
  let owner: StaffMember;
  let staff: StaffMember;
  beforeAll(async () => {
    owner = await createStaff(db, "OWNER");
    staff = await createStaff(db, "STAFF");
  });

  const fieldErrorsOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ExpectedError);
    return (error as ExpectedError).fieldErrors;
  };

  it("stores the time zone, hold length and currency that everything else reads", async () => {
    const saved = await updateStudioSettings(db, owner, { timeZone: " America/New_York ", holdDays: "14", currency: "USD" });
    expect(saved).toEqual({ timeZone: "America/New_York", holdDays: 14, currency: "USD" });
    expect(await loadStudioSettings(db)).toMatchObject({ timeZone: "America/New_York", holdDays: 14, currency: "USD" });
    await updateStudioSettings(db, owner, { timeZone: "europe/london", holdDays: 1, currency: "GBP" });
    expect(await loadStudioSettings(db)).toMatchObject({ timeZone: "Europe/London", holdDays: 1, currency: "GBP" });
  });

  it("switches holding of requested time and its length, refusing hours outside 1 to 720, and leaves them when not given", async () => {
    const base = { timeZone: "Europe/London", holdDays: "7", currency: "GBP" };
    await updateStudioSettings(db, owner, { ...base, holdRequestedTime: false, requestHoldHours: "72" });
    expect(await loadStudioSettings(db)).toMatchObject({ holdRequestedTime: false, requestHoldHours: 72 });
    await updateStudioSettings(db, owner, base);
    expect(await loadStudioSettings(db)).toMatchObject({ holdRequestedTime: false, requestHoldHours: 72 });
    const message = ["Hold requested time for a whole number of hours from 1 to 720 (30 days)."];
    for (const requestHoldHours of ["0", "721", "1.5", "", "two days"]) {
      expect(await fieldErrorsOf(updateStudioSettings(db, owner, { ...base, requestHoldHours })), requestHoldHours).toEqual({ requestHoldHours: message });
    }
    await updateStudioSettings(db, owner, { ...base, holdRequestedTime: true, requestHoldHours: "48" });
    expect(await loadStudioSettings(db)).toMatchObject({ holdRequestedTime: true, requestHoldHours: 48 });
  });

  it("switches an artist's own moves on with their notice, refusing days outside 0 to 90", async () => {
    const base = { timeZone: "Europe/London", holdDays: "7", currency: "GBP" };
    await updateStudioSettings(db, owner, { ...base, artistMovesAtOnce: true, artistMoveNoticeDays: "10" });
    expect(await loadStudioSettings(db)).toMatchObject({ artistMovesAtOnce: true, artistMoveNoticeDays: 10 });
    for (const artistMoveNoticeDays of ["-1", "91", "2.5", "", "a week"]) {
      expect(await fieldErrorsOf(updateStudioSettings(db, owner, { ...base, artistMoveNoticeDays })), artistMoveNoticeDays).toEqual({
        artistMoveNoticeDays: ["Give the notice for an artist's own move as a whole number of days from 0 to 90."],
      });
    }
    await updateStudioSettings(db, owner, { ...base, artistMovesAtOnce: false, artistMoveNoticeDays: "0" });
    expect(await loadStudioSettings(db)).toMatchObject({ artistMovesAtOnce: false, artistMoveNoticeDays: 0 });
  });

  it("sets the reminders around confirmed sessions, naming a bad field and changing nothing", async () => {
    const reminders = { prepReminderOn: false, prepReminderDays: "5", prepReminderNote: "Bring headphones.", logisticsReminderOn: true, logisticsNote: "Blue door,\nparking on Wharf Road.", followUpReminderOn: false, followUpNote: "", holdReminderOn: false, holdReminderNote: "Confirm by phone." };
    await updateReminderSettings(db, owner, reminders);
    expect((await loadStudioSettings(db)).reminders).toEqual({ ...reminders, prepReminderDays: 5 });
    expect(await fieldErrorsOf(updateReminderSettings(db, owner, { ...reminders, prepReminderDays: "15", followUpNote: "x".repeat(1001) }))).toEqual({
      prepReminderDays: ["Send the preparation reminder a whole number of days from 1 to 14 before."],
      followUpNote: ["The thank-you note can be at most 1,000 characters."],
    });
    expect((await loadStudioSettings(db)).reminders.prepReminderDays).toBe(5);
    await expect(updateReminderSettings(db, staff, reminders)).rejects.toMatchObject({ code: "not-owner" });
    await updateReminderSettings(db, owner, { prepReminderOn: true, prepReminderDays: "3", prepReminderNote: "", logisticsReminderOn: true, logisticsNote: "", followUpReminderOn: true, followUpNote: "", holdReminderOn: true, holdReminderNote: "" });
  });

  it("accepts hold lengths from 1 to 90 days and refuses the rest with one message", async () => {
    await updateStudioSettings(db, owner, { timeZone: "Europe/London", holdDays: "90", currency: "EUR" });
    const message = ["Holds must last a whole number of days from 1 to 90."];
    for (const holdDays of ["0", "91", "7.5", "", "seven", "-3", 1000, null]) {
      expect(await fieldErrorsOf(updateStudioSettings(db, owner, { timeZone: "Europe/London", holdDays, currency: "EUR" })), String(holdDays)).toEqual({ holdDays: message });
    }
    expect(await loadStudioSettings(db)).toMatchObject({ holdDays: 90, currency: "EUR" });
  });

  it("refuses an unknown time zone and a currency outside the list, naming each field", async () => {
    expect(await fieldErrorsOf(updateStudioSettings(db, owner, { timeZone: "Mars/Olympus_Mons", holdDays: "7", currency: "JPY" }))).toEqual({
      timeZone: ["Choose a time zone from the list, such as Europe/London."],
      currency: ["Choose the currency: GBP, EUR, USD."],
    });
    expect(await fieldErrorsOf(updateStudioSettings(db, owner, { timeZone: "", holdDays: "7", currency: "GBP" }))).toEqual({
      timeZone: ["Choose a time zone from the list, such as Europe/London."],
    });
    expect(await fieldErrorsOf(updateStudioSettings(db, owner, { timeZone: undefined, holdDays: "7", currency: undefined }))).toEqual({
      timeZone: ["Choose the studio's time zone."],
      currency: ["Choose the currency: GBP, EUR, USD."],
    });
  });

  it("is for owners only, whatever the input", async () => {
    const before = await loadStudioSettings(db);
    await expect(updateStudioSettings(db, staff, { timeZone: "Asia/Tokyo", holdDays: "3", currency: "USD" })).rejects.toMatchObject({ code: "not-owner" });
    await expect(updateStudioSettings(db, staff, { timeZone: "nope", holdDays: "x", currency: "x" })).rejects.toMatchObject({ code: "not-owner" });
    expect(await loadStudioSettings(db)).toEqual(before);
  });
});
