import { Body, Container, Head, Hr, Html, Preview, Text } from "@react-email/components";
import type { ReactNode } from "react";

const body = { backgroundColor: "#f5f5f4", fontFamily: "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" };
const container = { backgroundColor: "#ffffff", borderRadius: "12px", margin: "0 auto", maxWidth: "600px", padding: "32px" };
const footer = { color: "#57534e", fontSize: "13px", lineHeight: "20px" };

/** The frame every Studio Desk email shares: preview line, white card, studio footer. */
export function EmailLayout({ preview, footerText, children }: { preview: string; footerText: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          {children}
          <Hr style={{ borderColor: "#e7e5e4", margin: "32px 0 16px" }} />
          <Text style={footer}>{footerText}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const textStyle = { color: "#292524", fontSize: "16px", lineHeight: "26px" };
export const headingStyle = { color: "#1c1917", fontSize: "24px", lineHeight: "32px", margin: "0 0 16px" };
export const linkStyle = { color: "#92400e", textDecoration: "underline" };
