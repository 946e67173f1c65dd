import type { LeadInvoiceRow } from "@/lib/billing/list-lead-invoices";

type Props = {
  invoices: LeadInvoiceRow[];
  /** Where each one's PDF is downloaded: the staff route or the artist's link. */
  hrefs: Record<string, string>;
  linkClassName: string;
};

/** A lead's invoices and credit notes, each with its PDF to download. */
export function InvoiceDownloads({ invoices, hrefs, linkClassName }: Props) {
  return (
    <ul className="space-y-3">
      {invoices.map((invoice) => (
        <li key={invoice.id}>
          <span className="font-semibold">{invoice.label}</span>
          <span className="block">
            {invoice.creditNote ? `${invoice.amount} credited` : `${invoice.amount} due${invoice.dueOn ? ` by ${invoice.dueOn}` : ""}`}, issued {invoice.issuedOn} ·{" "}
            {/* A plain link: the file is a download, never a page to prefetch. */}
            <a href={hrefs[invoice.id]} className={linkClassName} download>
              Download PDF<span className="sr-only"> of {invoice.label}</span>
            </a>
          </span>
        </li>
      ))}
    </ul>
  );
}
