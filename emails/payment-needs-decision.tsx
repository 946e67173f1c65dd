import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout, headingStyle, linkStyle, textStyle } from "./components/email-layout";

export type PaymentNeedsDecisionProps = {
  studioName: string;
  artistName: string;
  reference: string;
  /** The money, formatted, and the invoice it was paid against. */
  amount: string;
  invoiceNumber: string;
  /** Why the studio must decide: the hold had lapsed, or more was paid than was due. */
  reason: "hold-lapsed" | "overpaid";
  leadUrl: string;
};

/** To the studio's inbox: money arrived that needs a person's decision. It is recorded either way. */
export function PaymentNeedsDecision({ studioName, artistName, reference, amount, invoiceNumber, reason, leadUrl }: PaymentNeedsDecisionProps) {
  return (
    <EmailLayout preview={`${artistName} paid ${amount}: it needs a decision`} footerText={`${studioName} · Studio Desk · lead ${reference}`}>
      <Heading as="h1" style={headingStyle}>
        A payment needs your decision
      </Heading>
      <Text style={textStyle}>
        {artistName} paid {amount} against {invoiceNumber}. The money is recorded,{" "}
        {reason === "hold-lapsed"
          ? "but the hold it was meant to confirm had already ended, so no session was confirmed. Hold the booking again if its time is still free, or refund the payment."
          : "but it is more than was due. Refund the difference, or keep it as the artist's credit."}
      </Text>
      <Text style={{ ...textStyle, marginTop: "24px" }}>
        <Link href={leadUrl} style={linkStyle}>
          Open the lead
        </Link>{" "}
        to decide.
      </Text>
    </EmailLayout>
  );
}
