import { describe, expect, it } from "vitest";
import { InquiryStatus } from "../generated/prisma/enums";
import { inquiryStatusLabel } from "../inquiries/labels";
import { canMoveLead, LEAD_STATUS_TRANSITIONS, nextStatuses } from "./lead-status-transitions";

const ALL = Object.values(InquiryStatus);

describe("lead status transitions", () => {
  it("follows the pipeline forward and allows the ways back that the studio needs", () => {
    expect(canMoveLead("NEW", "CONTACTED")).toBe(true);
    expect(canMoveLead("CONTACTED", "BOOKED")).toBe(true);
    expect(canMoveLead("BOOKED", "WON")).toBe(true);
    expect(canMoveLead("SPAM", "NEW")).toBe(true);
    expect(canMoveLead("ARCHIVED", "NEW")).toBe(true);
    expect(canMoveLead("NEW", "WON")).toBe(false);
    expect(canMoveLead("SPAM", "BOOKED")).toBe(false);
    expect(canMoveLead("QUOTED", "SPAM")).toBe(false);
  });

  it("never moves a lead to where it already is", () => {
    for (const status of ALL) expect(canMoveLead(status, status)).toBe(false);
  });

  it("leaves every status a way out, and every status reachable", () => {
    for (const status of ALL) expect(nextStatuses(status).length).toBeGreaterThan(0);
    const reachable = new Set(ALL.flatMap((status) => LEAD_STATUS_TRANSITIONS[status]));
    expect([...reachable].sort()).toEqual([...ALL].sort());
  });

  it("refuses values that are not statuses, including an object's own properties", () => {
    expect(canMoveLead("constructor", "NEW")).toBe(false);
    expect(canMoveLead("NEW", "toString")).toBe(false);
    expect(canMoveLead("new", "contacted")).toBe(false);
    expect(nextStatuses("hasOwnProperty" as InquiryStatus)).toEqual([]);
  });

  it("has a label for every status", () => {
    for (const status of ALL) expect(inquiryStatusLabel[status]).toMatch(/^[A-Z][a-z]+$/);
  });
});
