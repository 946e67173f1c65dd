import Link from "next/link";
import type { ReactNode } from "react";
import type { MoneyFigure, MoneyFigures as MoneyFiguresView } from "@/lib/dashboard/load-money-figures";
import { formatMoney } from "@/lib/money/format-money";
import { linkClass, panelClass } from "../styles";

const muted = "text-sm text-stone-700 dark:text-stone-300";
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The owner's money at a glance: each figure with the leads behind it, and the accountant's CSVs. */
export function MoneyFigures({ figures, csv }: { figures: MoneyFiguresView; csv: { invoices: string; payments: string } }) {
  const { booked } = figures;
  return (
    <section aria-labelledby="money-heading" className="space-y-4">
      <h2 id="money-heading" className="pt-4 text-xl font-semibold tracking-tight">Money</h2>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Figure id="booked" title={`Booked in ${figures.monthLabel}`} figure={booked} counted={plural(booked.count, "booking", "bookings")}
          rule="A booking counts once, in the month of its first confirmed session, at its latest accepted proposal.">
          {booked.unpricedCount > 0 ? <p className={muted}>{plural(booked.unpricedCount, "confirmed booking has", "confirmed bookings have")} no accepted proposal, not counted.</p> : null}
        </Figure>
        <Figure id="deposits" title="Deposits outstanding" figure={figures.depositsOutstanding} counted={plural(figures.depositsOutstanding.count, "deposit", "deposits")}
          rule="Unpaid deposits of bookings still held or confirmed." more={csv.invoices} />
        <Figure id="overdue" title="Overdue balances" figure={figures.overdue} counted={plural(figures.overdue.count, "invoice", "invoices")}
          rule="Past their due date, less payments and credit notes." more={csv.invoices} />
        <Figure id="decisions" title="Payments needing a decision" figure={figures.needsDecision} counted={plural(figures.needsDecision.count, "payment", "payments")}
          rule="Money after a hold lapsed, or more than was due: decide on the lead's page." more={csv.payments} />
      </div>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <a href={csv.invoices} className={linkClass} download>Download invoices CSV</a>
        <a href={csv.payments} className={linkClass} download>Download payments CSV</a>
        <span className={muted}>For the accountant: every invoice and credit note, every payment and refund.</span>
      </p>
    </section>
  );
}

function Figure({ id, title, figure, counted, rule, more, children }: { id: string; title: string; figure: MoneyFigure; counted: string; rule: string; more?: string; children?: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={`${panelClass} space-y-2`}>
      <h3 id={`${id}-heading`} className="text-stone-700 dark:text-stone-300">{title}</h3>
      <p className="text-3xl font-semibold tabular-nums">{figure.totals.map((total) => formatMoney(total.amountMinor, total.currency)).join(" + ")}</p>
      <p className={muted}>{counted}. {rule}</p>
      {children}
      {figure.items.length > 0 ? (
        <ul className="space-y-1">
          {figure.items.map((item, index) => (
            <li key={`${item.leadId}-${index}`} className="text-sm">
              <Link href={`/admin/leads/${item.leadId}`} className={linkClass}>{item.who}</Link>{" "}
              <span className="whitespace-nowrap font-semibold tabular-nums">{formatMoney(item.amountMinor, item.currency)}</span>
              <span className="block text-stone-700 dark:text-stone-300">{item.detail}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {figure.count > figure.items.length ? (
        <p className="text-sm">
          and {figure.count - figure.items.length} more{more ? <>, all in the <a href={more} className={linkClass} download>CSV</a></> : null}
        </p>
      ) : null}
    </section>
  );
}
