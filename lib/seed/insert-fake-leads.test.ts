import { describe, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/test-databases";
import { REFERENCE_PATTERN } from "../inquiries/generate-reference";
import { createRandom, fakeLead } from "./fake-lead";
import { insertFakeLeads } from "./insert-fake-leads";

describe("fakeLead", () => {
  it("is deterministic for a seed, apart from the random reference", () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const first = fakeLead(createRandom(7), now);
    const second = fakeLead(createRandom(7), now);
    expect({ ...first, reference: "" }).toEqual({ ...second, reference: "" });
  });
});

describeEachDatabase("insertFakeLeads", { poolSize: 2 }, ({ db }) => {

  it("inserts exactly the number asked for, in batches, with unique valid references", async () => {
    const progress: number[] = [];
    await insertFakeLeads(db, 2_500, { seed: 42, onProgress: (done) => progress.push(done) });
    expect(await db.inquiry.count()).toBe(2_500);
    expect(progress).toEqual([1_000, 2_000, 2_500]);
    const references = (await db.inquiry.findMany({ select: { reference: true } })).map((row) => row.reference);
    expect(new Set(references).size).toBe(references.length);
    expect(references.every((reference) => REFERENCE_PATTERN.test(reference))).toBe(true);
  });
});
