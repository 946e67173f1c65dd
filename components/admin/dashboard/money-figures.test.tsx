import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { MoneyFigure, MoneyFigures as MoneyFiguresView } from "@/lib/dashboard/load-money-figures";
import { MoneyFigures } from "./money-figures";

const none: MoneyFigure = { count: 0, totals: [{ currency: "GBP", amountMinor: 0 }], items: [] };
const item = (leadId: string, amountMinor: number, currency = "GBP") => ({ leadId, who: `Lead ${leadId}`, detail: `detail ${leadId}`, currency, amountMinor });

describe("MoneyFigures", () => {
  const figures: MoneyFiguresView = {
    monthLabel: "October 2026",
    booked: { count: 2, totals: [{ currency: "GBP", amountMinor: 150_000 }, { currency: "EUR", amountMinor: 7_000 }], items: [item("a", 150_000), item("o", 7_000, "EUR")], unpricedCount: 1 },
    depositsOutstanding: { count: 7, totals: [{ currency: "GBP", amountMinor: 35_000 }], items: ["1", "2", "3", "4", "5"].map((id) => item(id, 7_000)) },
    overdue: none,
    needsDecision: none,
  };
  const html = renderToStaticMarkup(<MoneyFigures figures={figures} csv={{ invoices: "/admin/money/invoices.csv", payments: "/admin/money/payments.csv" }} />);

  it("shows each total in its currency, the rule for the month and what it leaves out", () => {
    expect(html).toContain("Booked in October 2026");
    expect(html).toContain("£1,500.00 + €70.00");
    expect(html).toContain("at its latest accepted proposal");
    expect(html).toContain("1 confirmed booking has no accepted proposal, not counted.");
    expect(html).toContain("£0.00");
  });

  it("links each line to its lead, and what is not listed to the CSV", () => {
    expect(html).toContain('href="/admin/leads/a"');
    expect(html.match(/href="\/admin\/leads\//g)).toHaveLength(7);
    expect(html).toContain('and 2 more, all in the <a href="/admin/money/invoices.csv"');
    expect(html).toContain(">Download invoices CSV</a>");
    expect(html).toContain(">Download payments CSV</a>");
  });
});
