import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { IDLE } from "@/lib/auth/admin-action-state";
import { CancellationPolicyForm } from "./cancellation-policy-form";

describe("CancellationPolicyForm", () => {
  const html = renderToStaticMarkup(
    <CancellationPolicyForm
      tiers={[
        { minNoticeHours: 336, refundPercent: 100 },
        { minNoticeHours: 48, refundPercent: 50 },
      ]}
      forfeitAsCredit
      action={async () => IDLE}
    />,
  );

  it("shows the stored tiers first, in the unit they read best in, then empty rows to fill", () => {
    expect(html.match(/<legend[^>]*>Tier \d<\/legend>/g)).toHaveLength(6);
    expect(html).toMatch(/id="policy-notice-0"[^>]*value="14"/);
    expect(html).toMatch(/<select id="policy-unit-0"[^>]*>.*?<option value="days" selected="">/);
    expect(html).toMatch(/id="policy-refund-0"[^>]*value="100"/);
    expect(html).toMatch(/id="policy-notice-1"[^>]*value="48"/);
    expect(html).toMatch(/<select id="policy-unit-1"[^>]*><option value="hours" selected="">/);
    expect(html).toMatch(/id="policy-notice-2"[^>]*value=""/);
    expect(html).toMatch(/id="policy-refund-5"[^>]*value=""/);
    expect(html).toMatch(/id="policy-forfeitAsCredit"[^>]*checked=""/);
  });

  it("labels every control by the id its errors link to", () => {
    for (let row = 0; row < 6; row += 1) {
      for (const field of ["notice", "unit", "refund"]) {
        expect(html).toContain(`for="policy-${field}-${row}"`);
        expect(html).toContain(`id="policy-${field}-${row}"`);
      }
    }
    expect(html).toContain('id="policy-tiers"');
  });
});
