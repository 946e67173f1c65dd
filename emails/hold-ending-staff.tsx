import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout, headingStyle, linkStyle, textStyle } from "./components/email-layout";

export type HoldEndingStaffProps = {
  studioName: string;
  /** The assigned staff member's name; null when the studio's inbox gets it (nobody assigned). */
  staffName: string | null;
  artistName: string;
  reference: string;
  sessions: { when: string; room: string }[];
  endsAt: string;
  leadUrl: string;
};

const rowStyle = { ...textStyle, margin: "0" };

/** To the staff member the lead is assigned to, a day before its hold lapses: confirm it or let it go. */
export function HoldEndingStaff({ studioName, staffName, artistName, reference, sessions, endsAt, leadUrl }: HoldEndingStaffProps) {
  return (
    <EmailLayout preview={`${artistName}'s hold ends ${endsAt}`} footerText={`${studioName} · Studio Desk · lead ${reference}`}>
      <Heading as="h1" style={headingStyle}>
        A hold ends in a day
      </Heading>
      <Text style={textStyle}>{staffName ? `Hi ${staffName},` : "Hello,"}</Text>
      <Text style={textStyle}>
        The time held for {artistName} lapses at {endsAt} unless it is confirmed. They have been reminded too.
      </Text>
      {sessions.map((session) => (
        <Text key={session.when} style={rowStyle}>
          {session.when} · {session.room}
        </Text>
      ))}
      <Text style={{ ...textStyle, marginTop: "24px" }}>
        <Link href={leadUrl} style={linkStyle}>
          Open the lead
        </Link>{" "}
        to confirm, move or cancel it.
      </Text>
    </EmailLayout>
  );
}
