import type { Metadata } from "next";
import { CalendarFeedsSection } from "@/components/admin/settings/calendar-feeds-section";
import { ClosuresSection } from "@/components/admin/settings/closures-section";
import { OpeningHoursForm } from "@/components/admin/settings/opening-hours-form";
import { PeopleSection } from "@/components/admin/settings/people-section";
import { RoomsSection } from "@/components/admin/settings/rooms-section";
import { RemindersForm } from "@/components/admin/settings/reminders-form";
import { SettingsNav } from "@/components/admin/settings/settings-nav";
import { SettingsSection as Section } from "@/components/admin/settings/settings-section";
import { StudioSettingsForm } from "@/components/admin/settings/studio-settings-form";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { calendarFeedUrl } from "@/lib/studio/calendar-feed-url";
import { listCalendarFeeds } from "@/lib/studio/list-calendar-feeds";
import { listClosures } from "@/lib/studio/list-closures";
import { listRooms } from "@/lib/studio/list-rooms";
import { listRateCards } from "@/lib/rate-card/list-rate-cards";
import { listStaffSkills } from "@/lib/studio/list-staff-skills";
import { loadStudioSettings } from "@/lib/studio/load-studio-settings";
import { addDays, todayIn } from "@/lib/time/zoned-time";
import {
  addClosureAction,
  removeClosureAction,
  rotateCalendarFeedAction,
  saveRoomAction,
  setRoomOffersAction,
  updateReminderSettingsAction,
  setOpeningHoursAction,
  setStaffSkillsAction,
  updateStudioSettingsAction,
} from "./actions";

export const metadata: Metadata = { title: "Settings" };

/** How far ahead the closures list looks: further than anyone plans a holiday. */
const CLOSURES_AHEAD_DAYS = 5 * 366;

export default async function SettingsPage() {
  await requireStaffPage("/admin/settings", "OWNER");
  const db = getDb();
  const settings = await loadStudioSettings(db);
  const today = todayIn(settings.timeZone);
  const [closures, rooms, rateCards, people, feeds] = await Promise.all([
    listClosures(db, { from: today, to: addDays(today, CLOSURES_AHEAD_DAYS) }),
    listRooms(db),
    listRateCards(db),
    listStaffSkills(db),
    listCalendarFeeds(db),
  ]);
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <SettingsNav current="studio" />
      </div>
      <Section id="studio" title="Studio">
        <StudioSettingsForm settings={settings} action={updateStudioSettingsAction} />
      </Section>
      <Section id="reminders" title="Reminders" intro="Emails to the artist around each confirmed session and before a hold ends. Each goes at its time in the studio's zone, moves with the session and is withdrawn if it is cancelled.">
        <RemindersForm reminders={settings.reminders} action={updateReminderSettingsAction} />
      </Section>
      <Section id="opening-hours" title="Opening hours" intro="Sessions outside these hours are refused unless an owner books them knowingly.">
        <OpeningHoursForm openingHours={settings.openingHours} timeZone={settings.timeZone} action={setOpeningHoursAction} />
      </Section>
      <Section id="closures" title="Closures" intro="Days the studio is shut, such as holidays. Sessions already booked on them stay until you move them.">
        <ClosuresSection closures={closures} addAction={addClosureAction} removeAction={removeClosureAction} />
      </Section>
      <Section id="rooms" title="Rooms">
        <RoomsSection rooms={rooms} rateCards={rateCards} currency={settings.currency} saveAction={saveRoomAction} rateCardAction={setRoomOffersAction} />
      </Section>
      <Section id="people" title="People" intro="What each active member of staff can be booked as, and their rates for quotes.">
        <PeopleSection people={people} currency={settings.currency} action={setStaffSkillsAction} />
      </Section>
      <Section
        id="calendar-feeds"
        title="Calendar feeds"
        intro="Subscribe to these in a calendar app. Anyone with a URL can read that calendar, so keep them private; rotate one that has leaked and the old URL stops working."
      >
        <CalendarFeedsSection feeds={feeds.map((feed) => ({ ...feed, url: calendarFeedUrl(env.APP_URL, feed.token) }))} action={rotateCalendarFeedAction} />
      </Section>
    </div>
  );
}
