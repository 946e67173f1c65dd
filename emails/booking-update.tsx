import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout, headingStyle, linkStyle, textStyle } from "./components/email-layout";

export type BookingUpdateChange = "confirmed" | "moved" | "cancelled";

export type BookingUpdateProps = {
  studioName: string;
  studioEmail: string;
  studioPhone: string;
  firstName: string;
  reference: string;
  change: BookingUpdateChange;
  /** The session's day and times in the studio's zone, e.g. "Tue, 24 Nov 2026, 10:00 GMT – 14:00 GMT". */
  when: string;
  room: string;
  /** For a move: where and when it was before, when that is known. */
  before: { when: string; room: string | null } | null;
  people: { role: string; name: string }[];
  /** The artist's private page, where they see their sessions and can ask for a change. */
  portalUrl: string;
};

const HEADLINES: Record<BookingUpdateChange, string> = {
  confirmed: "Your session is confirmed",
  moved: "Your session has moved",
  cancelled: "Your session is cancelled",
};

const rowStyle = { ...textStyle, margin: "0" };

/** To the artist: a session was confirmed, moved or cancelled; the calendar invitation travels with it. */
export function BookingUpdate(props: BookingUpdateProps) {
  const { studioName, studioEmail, studioPhone, firstName, reference, change, when, room, before, people, portalUrl } = props;
  return (
    <EmailLayout
      preview={`${HEADLINES[change]}: ${when}`}
      footerText={`${studioName} · ${studioEmail} · ${studioPhone} · your reference ${reference}. Reply to this email to answer.`}
    >
      <Heading as="h1" style={headingStyle}>
        {HEADLINES[change]}
      </Heading>
      <Text style={textStyle}>Hi {firstName},</Text>
      <Text style={textStyle}>{introduction(change, studioName)}</Text>
      {before && (
        <Text style={textStyle}>
          It was: {before.when}
          {before.room ? `, ${before.room}` : ""}.
        </Text>
      )}
      <Heading as="h2" style={{ ...headingStyle, fontSize: "18px", margin: "24px 0 8px" }}>
        {change === "cancelled" ? "The cancelled session" : "Your session"}
      </Heading>
      <Text style={rowStyle}>When: {when}</Text>
      <Text style={rowStyle}>
        Where: {room}, {studioName}
      </Text>
      {people.map((person) => (
        <Text key={person.role} style={rowStyle}>
          {person.role}: {person.name}
        </Text>
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

function introduction(change: BookingUpdateChange, studioName: string): string {
  if (change === "confirmed") {
    return `Your session at ${studioName} is booked. The calendar invitation with this email puts it in your calendar; the times are shown in the studio's time zone.`;
  }
  if (change === "moved") {
    return "We have changed your session; the details below are the new ones. The calendar invitation with this email updates the entry in your calendar.";
  }
  return "We have cancelled the session below. The calendar update with this email removes it from your calendar. Reply to this email if you have any questions.";
}
