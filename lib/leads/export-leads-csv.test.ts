import { beforeAll, expect, it } from "vitest";
import { type Database } from "@/lib/database/create-prisma-client";
import { insertLeadSet, sortedLike, type FixtureLead } from "@/test/support/lead-list-fixtures";
import { parseCsv } from "@/test/support/parse-csv";
import { describeEachDatabase } from "@/test/test-databases";
import { exportLeadsCsv } from "./export-leads-csv";
import { DEFAULT_LEAD_LIST_QUERY, type LeadListQuery } from "./lead-list-query";

const HEADER = ["Reference", "Received", "Status", "Role needed", "Name", "Email", "Phone", "Artist", "Project type", "Songs",
  "Genres", "Budget", "Target start", "Target finish", "Message", "Assignee", "Notes"];

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

/** The real database, with its raw queries counted. */
function counting(db: Database) {
  const counter = { queries: 0 };
  const wrapped = new Proxy(db, {
    get(target, property, receiver) {
      if (property !== "$queryRaw") return Reflect.get(target, property, receiver);
      const queryRaw = target.$queryRaw.bind(target) as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => {
        counter.queries++;
        return queryRaw(...args);
      };
    },
  });
  return { db: wrapped, counter };
}

describeEachDatabase("exportLeadsCsv", { poolSize: 2 }, ({ db }) => {
  let leads: FixtureLead[];
  let bob: { id: string; email: string };
  const query = (overrides: Partial<LeadListQuery>): LeadListQuery => ({ ...DEFAULT_LEAD_LIST_QUERY, ...overrides });

  beforeAll(async () => {
    let alice: { id: string };
    ({ leads, alice, bob } = await insertLeadSet(db));
    await db.inquiry.update({
      where: { id: leads[4].id },
      data: { name: '=HYPERLINK("http://evil.test","Zoë")', message: 'Line one, with "quotes"\r\nLine two; @tag', phone: "+44 7700 900123" },
    });
    const carol = await db.user.create({ data: { email: "carol@studio.test", name: "Carol" } });
    await db.leadNote.createMany({
      data: [
        { inquiryId: leads[4].id, authorId: bob.id, body: "Called back.", createdAt: new Date("2026-03-12T10:00:00Z") },
        { inquiryId: leads[4].id, authorId: alice.id, body: "First contact.\nSounds keen.", createdAt: new Date("2026-03-11T09:00:00Z") },
        { inquiryId: leads[4].id, authorId: carol.id, body: "=1+1", createdAt: new Date("2026-03-13T09:00:00Z") },
        { inquiryId: leads[7].id, authorId: alice.id, body: "Quote sent.", createdAt: new Date("2026-03-11T12:00:00Z") },
      ],
    });
    await db.user.delete({ where: { id: carol.id } }); // the note stays, without its author
  });

  it("streams a BOM, the header and every lead of the filter across batches, in the list's order", async () => {
    const text = await readAll(exportLeadsCsv(db, query({ showSpam: true, after: "ignored" }), { batchSize: 7 }));
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(HEADER);
    expect(rows.map((row) => row[0])).toEqual(sortedLike(leads, "newest").map((lead) => lead.reference));
  });

  it("exports only what the filter holds, with labels, and neutralises formulas", async () => {
    const text = await readAll(exportLeadsCsv(db, query({ statuses: ["WON", "CONTACTED", "BOOKED"], roles: ["BOTH"], sort: "oldest" }), { batchSize: 2, timeZone: "Europe/Berlin" }));
    const rows = parseCsv(text.slice(1)).slice(1);
    const kept = leads.filter((lead) => ["WON", "CONTACTED", "BOOKED"].includes(lead.status) && lead.roleNeeded === "BOTH");
    expect(rows.map((row) => row[0])).toEqual(sortedLike(kept, "oldest").map((lead) => lead.reference));

    const zoe = rows.find((row) => row[0] === leads[4].reference)!;
    const lead = await db.inquiry.findUniqueOrThrow({ where: { id: leads[4].id } });
    expect(zoe.slice(0, 9)).toEqual([
      lead.reference, "2026-03-09T22:00:00+01:00", "Won", "Engineer and producer", "'=HYPERLINK(\"http://evil.test\",\"Zoë\")",
      "lead4@example.com", "'+44 7700 900123", "", expect.stringMatching(/^(Single|EP|Album|Other)$/),
    ]);
    expect(zoe[14]).toBe('Line one, with "quotes"\r\nLine two; @tag');
    expect(zoe[15]).toBe(bob.email); // no name: the email stands in
    // Oldest first, dated in the studio's zone; the note starting with = is safe inside a cell that starts with its date.
    expect(zoe[16]).toBe(`2026-03-11 Alice Staff: First contact.\nSounds keen.\n2026-03-12 ${bob.email}: Called back.\n2026-03-13 Former staff member: =1+1`);
    expect(rows.filter((row) => row !== zoe).map((row) => row[16])).toEqual(Array(rows.length - 1).fill(""));
  });

  it("writes only a header when nothing matches", async () => {
    expect(await readAll(exportLeadsCsv(db, query({ q: "no such lead" })))).toBe(`\uFEFF${HEADER.map((name) => `"${name}"`).join(",")}\r\n`);
  });

  it("reads a batch only when the consumer asks, and stops when it cancels", async () => {
    const { db: counted, counter } = counting(db);
    const reader = exportLeadsCsv(counted, query({ showSpam: true }), { batchSize: 5 }).getReader();
    expect(counter.queries).toBe(0);
    await reader.read(); // the header
    expect(counter.queries).toBe(0);
    await reader.read(); // the first batch: its leads and their notes
    expect(counter.queries).toBe(2);
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(counter.queries).toBe(2);

    const whole = counting(db);
    await readAll(exportLeadsCsv(whole.db, query({ showSpam: true }), { batchSize: 5 }));
    expect(whole.counter.queries).toBe(12 * 2 + 1); // 12 full batches and a last, empty one
  });
});
