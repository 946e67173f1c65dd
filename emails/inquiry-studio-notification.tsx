import { Button, Heading, Section, Text } from "@react-email/components";
import { EmailLayout, headingStyle, textStyle } from "./components/email-layout";

export type InquiryFieldRow = { label: string; value: string };

export type StudioNotificationProps = {
  studioName: string;
  reference: string;
  headline: string;
  rows: InquiryFieldRow[];
  message: string;
  adminUrl: string;
  /** Times the artist picked on /book ("Room: day, time – time"), as preferences; may be empty. */
  preferredTimes?: string[];
};

/** To the studio: every field of a new inquiry, with a link to the lead. Reply goes to the artist. */
export function InquiryStudioNotification({ studioName, reference, headline, rows, message, adminUrl, preferredTimes = [] }: StudioNotificationProps) {
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
      {preferredTimes.length > 0 ? (
        <>
          <Heading as="h2" style={{ ...headingStyle, fontSize: "18px", margin: "24px 0 8px" }}>
            Preferred times (not held)
          </Heading>
          <ul style={{ ...textStyle, margin: "0 0 8px", paddingLeft: "20px" }}>
            {preferredTimes.map((time) => (
              <li key={time}>{time}</li>
            ))}
          </ul>
        </>
      ) : null}
      <Heading as="h2" style={{ ...headingStyle, fontSize: "18px", margin: "24px 0 8px" }}>
        Message
      </Heading>
      <Text style={{ ...textStyle, whiteSpace: "pre-wrap" }}>{message}</Text>
      <Button href={adminUrl} style={{ backgroundColor: "#1c1917", borderRadius: "999px", color: "#ffffff", fontWeight: 600, padding: "12px 20px" }}>
        Open the lead
      </Button>
    </EmailLayout>
  );
}
