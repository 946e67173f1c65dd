import { describe, expect, it } from "vitest";
import { describeCancellationPolicy } from "./describe-cancellation-policy";

describe("describeCancellationPolicy", () => {
  it("words each tier from most notice to least, then what happens later", () => {
    const tiers = [
      { minNoticeHours: 48, refundPercent: 50 },
      { minNoticeHours: 336, refundPercent: 100 },
    ];
    expect(describeCancellationPolicy(tiers, { forfeitAsCredit: false })).toBe(
      "Cancel at least 14 days before your first session: full refund. At least 48 hours before: 50 % back. Later than that: no refund.",
    );
  });

  it("says what is not refunded stays as credit when the studio keeps it for the artist", () => {
    expect(describeCancellationPolicy([{ minNoticeHours: 168, refundPercent: 80 }], { forfeitAsCredit: true })).toBe(
      "Cancel at least 7 days before your first session: 80 % back. Later than that: no refund. What is not refunded stays with us as credit towards a later booking.",
    );
  });

  it("reads notice in hours below three days, and singular for one", () => {
    expect(
      describeCancellationPolicy(
        [
          { minNoticeHours: 1, refundPercent: 10 },
          { minNoticeHours: 24, refundPercent: 25 },
          { minNoticeHours: 72, refundPercent: 75 },
          { minNoticeHours: 100, refundPercent: 90 },
        ],
        { forfeitAsCredit: false },
      ),
    ).toBe("Cancel at least 100 hours before your first session: 90 % back. At least 3 days before: 75 % back. At least 24 hours before: 25 % back. At least 1 hour before: 10 % back. Later than that: no refund.");
  });

  it("leaves out tiers that refund nothing, which say no more than “later than that”", () => {
    expect(
      describeCancellationPolicy(
        [
          { minNoticeHours: 720, refundPercent: 100 },
          { minNoticeHours: 24, refundPercent: 0 },
        ],
        { forfeitAsCredit: false },
      ),
    ).toBe("Cancel at least 30 days before your first session: full refund. Later than that: no refund.");
  });

  it("words only the steps: a tier refunding the same as one with less notice adds nothing", () => {
    expect(
      describeCancellationPolicy(
        [
          { minNoticeHours: 720, refundPercent: 100 },
          { minNoticeHours: 336, refundPercent: 100 },
          { minNoticeHours: 48, refundPercent: 50 },
          { minNoticeHours: 24, refundPercent: 0 },
          { minNoticeHours: 12, refundPercent: 0 },
        ],
        { forfeitAsCredit: false },
      ),
    ).toBe("Cancel at least 14 days before your first session: full refund. At least 48 hours before: 50 % back. Later than that: no refund.");
  });

  it("words a policy whose tiers disagree as refundForCancellation applies it", () => {
    expect(
      describeCancellationPolicy(
        [
          { minNoticeHours: 168, refundPercent: 0 },
          { minNoticeHours: 48, refundPercent: 50 },
        ],
        { forfeitAsCredit: false },
      ),
    ).toBe("Cancel at least 7 days before your first session: no refund. At least 48 hours before: 50 % back. Later than that: no refund.");
  });

  it("says plainly when nothing is ever refunded", () => {
    expect(describeCancellationPolicy([], { forfeitAsCredit: false })).toBe("Cancellations are not refunded.");
    expect(describeCancellationPolicy([{ minNoticeHours: 48, refundPercent: 0 }], { forfeitAsCredit: true })).toBe(
      "Cancellations are not refunded, but what you paid stays with us as credit towards a later booking.",
    );
  });

  it("does not reorder the caller's tiers", () => {
    const tiers = [
      { minNoticeHours: 48, refundPercent: 50 },
      { minNoticeHours: 336, refundPercent: 100 },
    ];
    describeCancellationPolicy(tiers, { forfeitAsCredit: false });
    expect(tiers[0].minNoticeHours).toBe(48);
  });
});
