import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout, headingStyle, linkStyle, textStyle } from "./components/email-layout";

export type SessionReminderMoment = "preparation" | "logistics" | "follow-up";

export type SessionReminderProps = {
  studioName: string;
  studioEmail: string;
  studioPhone: string;
  moment: SessionReminderMoment;
  firstName: string;
  reference: string;
  /** The session's day and times in the studio's zone, with the zone's abbreviation. */
  when: string;
  room: string;
  address: string;
  /** "Engineer: Sam Okoro" and so on; empty when nobody is named yet. */
  people: string[];
  /** What to bring and send (preparation only), from what the artist said they need. */
  checklist: string[];
  /** The owner's own words for this reminder, from Settings; may be empty. */
  note: string;
  portalUrl: string;
};

const HEADINGS: Record<SessionReminderMoment, string> = {
  preparation: "Getting ready for your session",
  logistics: "See you tomorrow",
  "follow-up": "Thank you for coming in",
};

const rowStyle = { ...textStyle, margin: "0" };

/** To the artist around a confirmed session: what to prepare, how to get here, and what comes next. */
export function SessionReminder(props: SessionReminderProps) {
  const { studioName, studioEmail, studioPhone, moment, firstName, reference, when, room, address, people, checklist, note, portalUrl } = props;
  return (
    <EmailLayout preview={`${HEADINGS[moment]}: ${when}`} footerText={`${studioName} · ${studioEmail} · ${studioPhone} · your reference ${reference}. Reply to this email to answer.`}>
      <Heading as="h1" style={headingStyle}>
        {HEADINGS[moment]}
      </Heading>
      <Text style={textStyle}>Hi {firstName},</Text>
      {moment === "preparation" && (
        <>
          <Text style={textStyle}>Your session is coming up. A little preparation means more of the time goes into the music:</Text>
          {checklist.map((item) => (
            <Text key={item} style={rowStyle}>
              • {item}
            </Text>
          ))}
        </>
      )}
      {moment === "logistics" && <Text style={textStyle}>Here is everything for tomorrow in one place.</Text>}
      {moment === "follow-up" && (
        <Text style={textStyle}>
          We hope the session went well. We will be in touch about what comes next: edits, mixes and anything still to record. If something is on your
          mind, just reply.
        </Text>
      )}
      {note && <Text style={{ ...textStyle, whiteSpace: "pre-line" }}>{note}</Text>}
      <Text style={{ ...rowStyle, marginTop: "16px" }}>When: {when}</Text>
      <Text style={rowStyle}>
        Where: {room}, {studioName}, {address}
      </Text>
      {people.map((person) => (
        <Text key={person} style={rowStyle}>
          {person}
        </Text>
      ))}
      <Text style={{ ...textStyle, marginTop: "24px" }}>
        Your sessions and everything about your inquiry are on{" "}
        <Link href={portalUrl} style={linkStyle}>
          your page
        </Link>
        . The link is yours alone: please do not share it.
      </Text>
    </EmailLayout>
  );
}
