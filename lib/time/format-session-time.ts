// How a session's time reads everywhere (admin, artist pages, emails): in the studio's zone,
// since that is where the artist will be standing. The zone's short name (GMT, BST, EST) makes
// the daylight-saving side explicit.

const formatters = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat; zoneUs: Intl.DateTimeFormat }>();

function formattersFor(timeZone: string) {
  let pair = formatters.get(timeZone);
  if (!pair) {
    pair = {
      day: new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone }),
      time: new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short" }),
      zoneUs: new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" }),
    };
    formatters.set(timeZone, pair);
  }
  return pair;
}

/** "Tue, 24 Nov 2026" in the studio's zone. */
export function formatSessionDay(instant: Date, timeZone: string): string {
  return formattersFor(timeZone).day.format(instant);
}

/** "10:00 GMT" in the studio's zone. */
export function formatSessionClock(instant: Date, timeZone: string): string {
  const { time, zoneUs } = formattersFor(timeZone);
  const text = time.format(instant);
  // British English names British and Irish zones (GMT, BST) but shows others as offsets
  // ("GMT-5"); American English names North American ones (EST, EDT). Take a name when either has one.
  const offset = /GMT[+-][\d:]+$/.exec(text);
  if (!offset) return text;
  const name = zoneUs.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "";
  return /^[A-Z]{2,5}$/.test(name) ? `${text.slice(0, offset.index)}${name}` : text;
}

/** "Tue, 24 Nov 2026, 10:00 GMT – 14:00 GMT"; a session past midnight names both days. */
export function formatSessionRange(startsAt: Date, endsAt: Date, timeZone: string): string {
  const startDay = formatSessionDay(startsAt, timeZone);
  // The end is exclusive: a session ending at midnight belongs to the day it started.
  const endDay = formatSessionDay(new Date(endsAt.getTime() - 1), timeZone);
  const start = `${startDay}, ${formatSessionClock(startsAt, timeZone)}`;
  const end = formatSessionClock(endsAt, timeZone);
  return endDay === startDay ? `${start} – ${end}` : `${start} – ${formatSessionDay(endsAt, timeZone)}, ${end}`;
}
