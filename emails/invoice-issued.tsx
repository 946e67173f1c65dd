import { Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, headingStyle, linkStyle, textStyle } from "./components/email-layout";

export type InvoiceIssuedProps = {
  studioName: string;
  studioEmail: string;
  studioPhone: string;
  firstName: string;
  reference: string;
  kind: "DEPOSIT" | "FINAL" | "CREDIT_NOTE";
  number: string;
  /** What is to be paid (an invoice) or what is credited (a credit note), formatted. */
  amount: string;
  /** When it is due, in the studio's zone; null when the invoice names no date. */
  dueDate: string | null;
  /** The bank details as printed on the invoice ("" when the studio gave none). */
  paymentInstructions: string;
  /** For a credit note: the invoice it credits, and why, in the artist's words. */
  credits: { number: string; reason: string } | null;
  /** Whether the artist's page offers to pay by card. */
  cardPayments: boolean;
  portalUrl: string;
};

const WHAT: Record<InvoiceIssuedProps["kind"], string> = {
  DEPOSIT: "the deposit invoice",
  FINAL: "the invoice",
  CREDIT_NOTE: "a credit note",
};

/** To the artist: an invoice or credit note was issued; its PDF travels with this email. */
export function InvoiceIssued(props: InvoiceIssuedProps) {
  const { studioName, studioEmail, studioPhone, firstName, reference, kind, number, amount, dueDate, paymentInstructions, credits, cardPayments, portalUrl } = props;
  const creditNote = kind === "CREDIT_NOTE";
  return (
    <EmailLayout
      preview={creditNote ? `Credit note ${number}: ${amount} credited` : `${number}: ${amount} due${dueDate ? ` by ${dueDate}` : ""}`}
      footerText={`${studioName} · ${studioEmail} · ${studioPhone} · your reference ${reference}. Reply to this email to answer.`}
    >
      <Heading as="h1" style={headingStyle}>
        {creditNote ? `Credit note ${number}` : `${kind === "DEPOSIT" ? "Deposit invoice" : "Invoice"} ${number}`}
      </Heading>
      <Text style={textStyle}>Hi {firstName},</Text>
      {creditNote ? (
        <Text style={textStyle}>
          Here is {WHAT[kind]} for {amount}
          {credits ? `, crediting invoice ${credits.number}. ${credits.reason}` : "."} It is attached as a PDF; there is nothing for you to pay.
        </Text>
      ) : (
        <>
          <Text style={textStyle}>
            Here is {WHAT[kind]} from {studioName}, attached as a PDF. The amount due is <strong>{amount}</strong>
            {dueDate ? (
              <>
                , to be paid by <strong>{dueDate}</strong>
              </>
            ) : null}
            .
          </Text>
          {paymentInstructions ? (
            <Section>
              <Text style={textStyle}>To pay by bank transfer, please quote {number} as the reference:</Text>
              <Text style={textStyle}>{paymentInstructions.split("\n").flatMap((line, index) => (index === 0 ? [line] : [<br key={index} />, line]))}</Text>
            </Section>
          ) : (
            <Text style={textStyle}>Reply to this email and we will tell you how to pay, quoting {number}.</Text>
          )}
        </>
      )}
      <Text style={{ ...textStyle, marginTop: "24px" }}>
        You can download it again from{" "}
        <Link href={portalUrl} style={linkStyle}>
          your page
        </Link>
        {!creditNote && cardPayments ? ", where you can also pay by card" : ""}. The link is yours alone: please do not share it.
      </Text>
    </EmailLayout>
  );
}
