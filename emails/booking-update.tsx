import { Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, headingStyle, linkStyle, textStyle } from "./components/email-layout";

export type BookingUpdateChange = "confirmed" | "moved" | "cancelled";

export type BookingUpdateSession = {
  /** The day and times in the studio's zone, e.g. "Tue, 24 Nov 2026, 10:00 GMT – 14:00 GMT". */
  when: string;
  room: string;
  /** For a move: where and when it was before, when that is known. */
  before: { when: string; room: string | null } | null;
  people: { role: string; name: string }[];
};

export type BookingUpdateProps = {
  studioName: string;
  studioEmail: string;
  studioPhone: string;
  firstName: string;
  reference: string;
  change: BookingUpdateChange;
  /** Every day of the booking this change is about, earliest first (the calendar part has one event each). */
  sessions: BookingUpdateSession[];
  /** The artist's private page, where they see their sessions and can ask for a change. */
  portalUrl: string;
};

const HEADLINES: Record<BookingUpdateChange, [one: string, several: string]> = {
  confirmed: ["Your session is confirmed", "Your sessions are confirmed"],
  moved: ["Your session has moved", "Your sessions have moved"],
  cancelled: ["Your session is cancelled", "Your sessions are cancelled"],
};

const rowStyle = { ...textStyle, margin: "0" };

/** To the artist: a session was confirmed, moved or cancelled; the calendar invitation travels with it. */
export function BookingUpdate(props: BookingUpdateProps) {
  const { studioName, studioEmail, studioPhone, firstName, reference, change, sessions, portalUrl } = props;
  const several = sessions.length > 1;
  const headline = HEADLINES[change][several ? 1 : 0];
  return (
    <EmailLayout
      preview={`${headline}: ${sessions.map((session) => session.when).join("; ")}`}
      footerText={`${studioName} · ${studioEmail} · ${studioPhone} · your reference ${reference}. Reply to this email to answer.`}
    >
      <Heading as="h1" style={headingStyle}>
        {headline}
      </Heading>
      <Text style={textStyle}>Hi {firstName},</Text>
      <Text style={textStyle}>{introduction(change, studioName, several)}</Text>
      {sessions.map((session) => (
        <Section key={session.when} style={{ margin: "16px 0" }}>
          <Text style={{ ...rowStyle, fontWeight: 600 }}>When: {session.when}</Text>
          <Text style={rowStyle}>
            Where: {session.room}, {studioName}
          </Text>
          {session.people.map((person) => (
            <Text key={person.role} style={rowStyle}>
              {person.role}: {person.name}
            </Text>
          ))}
          {session.before && (
            <Text style={rowStyle}>
              It was: {session.before.when}
              {session.before.room ? `, ${session.before.room}` : ""}.
            </Text>
          )}
        </Section>
      ))}
      <Text style={{ ...textStyle, marginTop: "24px" }}>
        Your sessions with us, and a way to ask us to move or cancel one, are on{" "}
        <Link href={portalUrl} style={linkStyle}>
          your page
        </Link>
        . The link is yours alone: please do not share it.
      </Text>
    </EmailLayout>
  );
}

function introduction(change: BookingUpdateChange, studioName: string, several: boolean): string {
  const it = several ? "them" : "it";
  if (change === "confirmed") {
    return several
      ? `Your sessions at ${studioName} are booked, one day each below. The calendar invitation with this email puts ${it} in your calendar; the times are shown in the studio's time zone.`
      : `Your session at ${studioName} is booked. The calendar invitation with this email puts ${it} in your calendar; the times are shown in the studio's time zone.`;
  }
  if (change === "moved") {
    return `We have changed ${several ? "your sessions" : "your session"}; the details below are the new ones. The calendar invitation with this email updates your calendar.`;
  }
  return `We have cancelled ${several ? "the sessions" : "the session"} below. The calendar update with this email removes ${it} from your calendar. Reply to this email if you have any questions.`;
}
