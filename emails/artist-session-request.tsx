import { Button, Heading, Section, Text } from "@react-email/components";
import { EmailLayout, headingStyle, textStyle } from "./components/email-layout";
import type { InquiryFieldRow } from "./inquiry-studio-notification";

export type ArtistSessionRequestProps = {
  studioName: string;
  reference: string;
  /** "Harbour Lights (Kofi Mensah) asks to move a session" */
  headline: string;
  /** The session as it stands: when, room, people, status. */
  rows: InquiryFieldRow[];
  /** What the artist wrote; may be empty for a cancellation. */
  message: string;
  adminUrl: string;
};

/** To the studio: the artist asked, from their private page, to move or cancel a session. */
export function ArtistSessionRequest({ studioName, reference, headline, rows, message, adminUrl }: ArtistSessionRequestProps) {
  return (
    <EmailLayout preview={headline} footerText={`${studioName} · inquiry ${reference} · reply to this email to answer the artist directly.`}>
      <Heading as="h1" style={headingStyle}>
        {headline}
      </Heading>
      <Section>
        <table cellPadding={0} cellSpacing={0} role="presentation" style={{ width: "100%", borderCollapse: "collapse" }}>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <td style={{ ...textStyle, color: "#57534e", padding: "4px 16px 4px 0", verticalAlign: "top", whiteSpace: "nowrap" }}>{row.label}</td>
                <td style={{ ...textStyle, padding: "4px 0", wordBreak: "break-word" }}>{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Heading as="h2" style={{ ...headingStyle, fontSize: "18px", margin: "24px 0 8px" }}>
        Their message
      </Heading>
      <Text style={{ ...textStyle, whiteSpace: "pre-wrap" }}>{message || "(No message.)"}</Text>
      <Text style={textStyle}>Nothing has changed yet: move or cancel the session from the lead, and the artist hears from you.</Text>
      <Button href={adminUrl} style={{ backgroundColor: "#1c1917", borderRadius: "999px", color: "#ffffff", fontWeight: 600, padding: "12px 20px" }}>
        Open the lead
      </Button>
    </EmailLayout>
  );
}
