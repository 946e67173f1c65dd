import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout, headingStyle, linkStyle, textStyle } from "./components/email-layout";

export type SignInLinkProps = { studioName: string; url: string; minutesValid: number };

/** To a staff member who asked to sign in by email. */
export function SignInLink({ studioName, url, minutesValid }: SignInLinkProps) {
  return (
    <EmailLayout preview={`Sign in to ${studioName}`} footerText={`${studioName} · you asked for this link on the sign-in page`}>
      <Heading as="h1" style={headingStyle}>
        Sign in to {studioName}
      </Heading>
      <Text style={textStyle}>Use this link within {minutesValid} minutes. It works once.</Text>
      <Button href={url} style={{ background: "#92400e", color: "#ffffff", padding: "12px 20px", borderRadius: "6px", fontWeight: 600 }}>
        Sign in
      </Button>
      <Text style={textStyle}>
        Or paste this address into your browser: <Link href={url} style={linkStyle}>{url}</Link>
      </Text>
      <Text style={textStyle}>If you did not ask to sign in, ignore this email: nobody can use the link without access to your inbox.</Text>
    </EmailLayout>
  );
}
