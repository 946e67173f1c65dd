import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout, headingStyle, linkStyle, textStyle } from "./components/email-layout";

export type ProposalSentProps = {
  studioName: string;
  studioEmail: string;
  studioPhone: string;
  firstName: string;
  reference: string;
  /** The priced lines, formatted: what the artist is agreeing to pay for. */
  lines: { description: string; amount: string }[];
  total: string;
  /** The deposit that confirms the booking, formatted; null when the studio takes none. */
  deposit: string | null;
  /** A newer version of an earlier proposal: say so, as the earlier one no longer stands. */
  revised: boolean;
  portalUrl: string;
};

const rowStyle = { ...textStyle, margin: "0" };

/** To the artist: the studio's proposal for their booking, to read and accept on their page. */
export function ProposalSent({ studioName, studioEmail, studioPhone, firstName, reference, lines, total, deposit, revised, portalUrl }: ProposalSentProps) {
  return (
    <EmailLayout preview={`Your proposal from ${studioName}: ${total}`} footerText={`${studioName} · ${studioEmail} · ${studioPhone} · your reference ${reference}. Reply to this email to answer.`}>
      <Heading as="h1" style={headingStyle}>
        {revised ? "Your revised proposal" : "Your proposal"}
      </Heading>
      <Text style={textStyle}>Hi {firstName},</Text>
      <Text style={textStyle}>
        {revised ? "Here is the updated proposal for your booking; it replaces the earlier one." : "Here is what we propose for your booking."}
      </Text>
      {lines.map((line) => (
        <Text key={line.description} style={rowStyle}>
          {line.description}: {line.amount}
        </Text>
      ))}
      <Text style={{ ...textStyle, fontWeight: 600 }}>Total: {total}</Text>
      <Text style={textStyle}>
        {deposit
          ? `A deposit of ${deposit} confirms the booking. Until it is paid, your time stays on hold.`
          : "Once you accept, we confirm the booking with you."}
      </Text>
      <Text style={{ ...textStyle, marginTop: "24px" }}>
        Read the cancellation policy and our terms, and accept the proposal, on{" "}
        <Link href={portalUrl} style={linkStyle}>
          your page
        </Link>
        . The link is yours alone: please do not share it.
      </Text>
    </EmailLayout>
  );
}
