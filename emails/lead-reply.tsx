import { Text } from "@react-email/components";
import { Fragment } from "react";
import { EmailLayout, textStyle } from "./components/email-layout";

export type LeadReplyProps = {
  studioName: string;
  studioEmail: string;
  studioPhone: string;
  reference: string;
  /** What the staff member wrote, as plain text. Shown exactly: React escapes it, line breaks are kept. */
  body: string;
  senderName: string | null;
};

/** A reply from the studio to the artist, in the thread of their acknowledgement. */
export function LeadReply({ studioName, studioEmail, studioPhone, reference, body, senderName }: LeadReplyProps) {
  const who = senderName ? `${senderName}, ${studioName}` : studioName;
  return (
    <EmailLayout preview={preview(body)} footerText={`${who} · ${studioEmail} · ${studioPhone} · your reference ${reference}. Reply to this email to answer.`}>
      {body.split(/\n{2,}/).map((paragraph, index) => (
        <Text key={index} style={{ ...textStyle, whiteSpace: "pre-wrap" }}>
          {paragraph.split("\n").map((line, at) => (
            <Fragment key={at}>
              {at > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </Text>
      ))}
    </EmailLayout>
  );
}

// Inboxes show the first words next to the subject.
function preview(body: string): string {
  const line = body.replace(/\s+/g, " ").trim();
  return line.length <= 90 ? line : `${line.slice(0, 89)}…`;
}
