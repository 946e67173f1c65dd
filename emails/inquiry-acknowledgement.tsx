import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout, headingStyle, linkStyle, textStyle } from "./components/email-layout";
import type { InquiryFieldRow } from "./inquiry-studio-notification";

export type AcknowledgementProps = {
  studioName: string;
  studioEmail: string;
  studioPhone: string;
  firstName: string;
  reference: string;
  summary: InquiryFieldRow[];
  responseTime: string;
  roleTitle: string;
  roleUrl: string;
  /** The artist's private page for this inquiry (status, sessions); signed, valid for a year. */
  portalUrl: string;
  /** The times the artist asked for or said would suit ("Studio A: Tue, 8 Dec 2026, 10:00 – 22:00 GMT"). */
  requestedTimes?: string[];
  /** What became of them: held until a time (studio-local, with its zone), taken, or simply noted. */
  requestOutcome?: { status: "HELD"; until: string } | { status: "CONFIRMED" | "UNAVAILABLE" | "REQUESTED" | "PREFERRED" };
};

const OUTCOME_TEXT = {
  CONFIRMED: "This time is booked for you: the confirmation, with a calendar invitation, comes in its own email.",
  UNAVAILABLE: "Someone booked this time just before your inquiry arrived, so we could not hold it for you. We will propose another time that works.",
  REQUESTED: "We will check this time and come back to you; nothing is held until we do.",
  PREFERRED: "We will look at these first when we suggest dates; nothing is held yet.",
} as const;

/** To the artist: we have it, here is your reference, this is what happens next. */
export function InquiryAcknowledgement(props: AcknowledgementProps) {
  const { studioName, studioEmail, studioPhone, firstName, reference, summary, responseTime, roleTitle, roleUrl, portalUrl, requestedTimes = [], requestOutcome } = props;
  return (
    <EmailLayout preview={`We received your inquiry (${reference})`} footerText={`${studioName} · ${studioEmail} · ${studioPhone}`}>
      <Heading as="h1" style={headingStyle}>
        Thanks, {firstName}: we have your inquiry
      </Heading>
      <Text style={textStyle}>
        Your reference is <strong>{reference}</strong>. Quote it if you write or call, so we can find your project at once.
      </Text>
      <Heading as="h2" style={{ ...headingStyle, fontSize: "18px", margin: "24px 0 8px" }}>
        What you told us
      </Heading>
      {summary.map((row) => (
        <Text key={row.label} style={{ ...textStyle, margin: "0" }}>
          {row.label}: {row.value}
        </Text>
      ))}
      {requestedTimes.length > 0 && (
        <>
          <Heading as="h2" style={{ ...headingStyle, fontSize: "18px", margin: "24px 0 8px" }}>
            {requestOutcome?.status === "HELD" ? "Held for you" : "The time you asked for"}
          </Heading>
          {requestedTimes.map((time) => (
            <Text key={time} style={{ ...textStyle, margin: "0" }}>
              {time}
            </Text>
          ))}
          <Text style={textStyle}>
            {requestOutcome?.status === "HELD"
              ? `We are holding this time for you until ${requestOutcome.until}. It is pencilled in, not yet booked: we will confirm it with you before then.`
              : OUTCOME_TEXT[requestOutcome?.status ?? "PREFERRED"]}
          </Text>
        </>
      )}
      <Heading as="h2" style={{ ...headingStyle, fontSize: "18px", margin: "24px 0 8px" }}>
        What happens next
      </Heading>
      <Text style={textStyle}>
        Someone from the studio reads every inquiry and will answer within {responseTime}, usually with a few questions
        about the songs and your dates, and an idea of cost. Just reply to this email if you want to add anything.
      </Text>
      <Text style={textStyle}>
        You can follow your inquiry on a private page: where it stands, your studio sessions once they are booked, and a
        way to ask us to move or cancel one. The link works for a year and is yours alone, so keep this email and do not
        share it.
      </Text>
      <Text style={textStyle}>
        <Link href={portalUrl} style={linkStyle}>
          Open your inquiry page
        </Link>
      </Text>
      <Text style={textStyle}>
        While you wait: <Link href={roleUrl} style={linkStyle}>{roleTitle}</Link>.
      </Text>
    </EmailLayout>
  );
}
