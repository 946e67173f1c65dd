import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout, headingStyle, linkStyle, textStyle } from "./components/email-layout";

export type StaffInvitationProps = { studioName: string; inviterName: string; roleLabel: string; url: string; expiresOn: string };

/** To someone an owner invited to the studio's staff. */
export function StaffInvitation({ studioName, inviterName, roleLabel, url, expiresOn }: StaffInvitationProps) {
  return (
    <EmailLayout preview={`${inviterName} invited you to ${studioName}`} footerText={`${studioName} · sent because an owner invited this address`}>
      <Heading as="h1" style={headingStyle}>
        Join the team at {studioName}
      </Heading>
      <Text style={textStyle}>
        {inviterName} invited you as {roleLabel}: you will see the studio&apos;s inquiries, answer artists and move leads along.
      </Text>
      <Button href={url} style={{ background: "#92400e", color: "#ffffff", padding: "12px 20px", borderRadius: "6px", fontWeight: 600 }}>
        Accept the invitation
      </Button>
      <Text style={textStyle}>
        Or paste this address into your browser: <Link href={url} style={linkStyle}>{url}</Link>
      </Text>
      <Text style={textStyle}>The link works until {expiresOn}. If you did not expect this, ignore the email.</Text>
    </EmailLayout>
  );
}
