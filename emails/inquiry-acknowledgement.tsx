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
};

/** To the artist: we have it, here is your reference, this is what happens next. */
export function InquiryAcknowledgement(props: AcknowledgementProps) {
  const { studioName, studioEmail, studioPhone, firstName, reference, summary, responseTime, roleTitle, roleUrl, portalUrl } = props;
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
