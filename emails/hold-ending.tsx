import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout, headingStyle, linkStyle, textStyle } from "./components/email-layout";

export type HoldEndingProps = {
  studioName: string;
  studioEmail: string;
  studioPhone: string;
  firstName: string;
  reference: string;
  /** The booking's days on hold: times in the studio's zone, with the zone's abbreviation. */
  sessions: { when: string; room: string }[];
  /** When the hold lapses, in the studio's zone. */
  endsAt: string;
  /** The owner's note from Settings → Reminders (older messages have none). */
  note?: string;
  portalUrl: string;
  /** The deposit still to pay to confirm, formatted (older messages and bookings without one: none). */
  deposit?: string | null;
};

const rowStyle = { ...textStyle, margin: "0" };

/** To the artist, a day before a hold lapses: the time is theirs until then, not after. */
export function HoldEnding({ studioName, studioEmail, studioPhone, firstName, reference, sessions, endsAt, note, portalUrl, deposit }: HoldEndingProps) {
  const several = sessions.length > 1;
  return (
    <EmailLayout preview={`Your hold ends ${endsAt}`} footerText={`${studioName} · ${studioEmail} · ${studioPhone} · your reference ${reference}. Reply to this email to answer.`}>
      <Heading as="h1" style={headingStyle}>
        Your pencilled-in session ends soon
      </Heading>
      <Text style={textStyle}>Hi {firstName},</Text>
      <Text style={textStyle}>
        We are holding {several ? "the times" : "the time"} below for you until {endsAt}. After that {several ? "they go" : "it goes"} back on
        the calendar for others to book.{" "}
        {deposit
          ? `To keep ${several ? "them" : "it"}, pay the deposit of ${deposit}: paying it confirms your booking.`
          : `To keep ${several ? "them" : "it"}, reply to this email or call us and we will confirm.`}
      </Text>
      {deposit ? (
        <Text style={textStyle}>
          <Link href={`${portalUrl}#pay`} style={linkStyle}>
            Pay the deposit of {deposit}
          </Link>{" "}
          on your page, by bank transfer or as the page offers.
        </Text>
      ) : null}
      {sessions.map((session) => (
        <Text key={session.when} style={rowStyle}>
          {session.when} · {session.room}, {studioName}
        </Text>
      ))}
      {note ? <Text style={{ ...textStyle, marginTop: "24px", whiteSpace: "pre-line" }}>{note}</Text> : null}
      <Text style={{ ...textStyle, marginTop: "24px" }}>
        Everything about your inquiry is on{" "}
        <Link href={portalUrl} style={linkStyle}>
          your page
        </Link>
        , where you can also ask us to move or cancel it. The link is yours alone: please do not share it.
      </Text>
      <Text style={textStyle}>If you no longer need the time, you do not have to do anything: the hold simply ends.</Text>
    </EmailLayout>
  );
}
