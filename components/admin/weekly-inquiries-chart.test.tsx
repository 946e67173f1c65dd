import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { WeeklyInquiriesChart } from "./weekly-inquiries-chart";

const week = (iso: string, ENGINEER: number, PRODUCER: number, BOTH: number, UNSURE: number) => ({
  weekStart: new Date(iso),
  counts: { ENGINEER, PRODUCER, BOTH, UNSURE },
});

describe("WeeklyInquiriesChart", () => {
  const weeks = [week("2026-10-27T00:00:00Z", 0, 0, 0, 0), week("2026-11-03T00:00:00Z", 3, 1, 0, 2), week("2026-11-10T00:00:00Z", 1, 1, 1, 1)];
  const html = renderToStaticMarkup(<WeeklyInquiriesChart weeks={weeks} />);

  it("summarises the chart for screen readers", () => {
    expect(html).toContain('role="img"');
    expect(html).toContain(
      'aria-label="Inquiries per week from the week of 27 Oct to the week of 10 Nov: 10 in all; the busiest week was 3 Nov with 6. ' +
        'By role: Engineer 4, Producer 2, Engineer and producer 1, Not sure yet 3."',
    );
  });

  it("draws one segment per non-zero count, stacked to the busiest week's height", () => {
    expect(html.match(/<rect /g)).toHaveLength(7);
    const heights = [...html.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(heights.slice(0, 3).reduce((a, b) => a + b, 0)).toBeCloseTo(180); // 3 Nov fills the plot
    expect(html).toContain("<title>Engineer: 3 (week of 3 Nov)</title>");
  });

  it("puts the same numbers in a visually hidden table", () => {
    // Hidden by a wrapper: a table keeps its content's width, so it cannot hide itself.
    expect(html).toContain('<div class="sr-only"><table>');
    expect(html).toContain('<tr><th scope="row">3 Nov</th><td>3</td><td>1</td><td>0</td><td>2</td><td>6</td></tr>');
  });

  it("copes with no data", () => {
    expect(renderToStaticMarkup(<WeeklyInquiriesChart weeks={[]} />)).toContain('aria-label="No weeks to show."');
  });
});
