import { describe, expect, it } from "vitest";
import { encodeLeadCursor } from "./lead-cursor";
import { DEFAULT_LEAD_LIST_QUERY, parseLeadListQuery } from "./lead-list-query";

const USER = "5f0c6a7e-1b2c-4d3e-8f9a-0b1c2d3e4f5a";
const createdCursor = encodeLeadCursor("createdAt", { at: new Date("2026-11-01T10:00:00Z"), id: USER });
const updatedCursor = encodeLeadCursor("updatedAt", { at: new Date("2026-11-01T10:00:00Z"), id: USER });

describe("parseLeadListQuery", () => {
  it("gives the default view for no parameters", () => {
    expect(parseLeadListQuery({})).toEqual({ query: DEFAULT_LEAD_LIST_QUERY, messages: [] });
    expect(parseLeadListQuery(new URLSearchParams())).toEqual({ query: DEFAULT_LEAD_LIST_QUERY, messages: [] });
  });

  it("reads every parameter, from URLSearchParams or Next.js searchParams alike", () => {
    const search = `status=QUOTED,new&status=NEW&role=producer&role=BOTH&assignee=${USER.toUpperCase()}&from=2026-01-01&to=2026-01-31&q=%20ana%20lop%20&sort=oldest&spam=1&after=${createdCursor}`;
    const expected = {
      statuses: ["NEW", "QUOTED"],
      roles: ["PRODUCER", "BOTH"],
      assignee: USER,
      from: "2026-01-01",
      to: "2026-01-31",
      q: "ana lop",
      sort: "oldest",
      showSpam: true,
      after: createdCursor,
      before: null,
    };
    expect(parseLeadListQuery(new URLSearchParams(search))).toEqual({ query: expected, messages: [] });
    const record = Object.fromEntries([...new URLSearchParams(search).keys()].map((key) => {
      const values = new URLSearchParams(search).getAll(key);
      return [key, values.length === 1 ? values[0] : values];
    }));
    expect(parseLeadListQuery(record).query).toEqual(expected);
  });

  it("accepts me and none as assignees", () => {
    expect(parseLeadListQuery({ assignee: "me" }).query.assignee).toBe("me");
    expect(parseLeadListQuery({ assignee: "none" }).query.assignee).toBe("none");
  });

  it("drops junk and says what it dropped", () => {
    const { query, messages } = parseLeadListQuery({
      status: ["NEW,BOGUS", "'; DROP TABLE"],
      role: "DRUMMER",
      assignee: "bob",
      from: "2026-02-30",
      to: "yesterday",
      sort: "random",
      spam: "yes",
      after: "not-a-cursor",
      limit: "10000",
    });
    expect(query).toEqual({ ...DEFAULT_LEAD_LIST_QUERY, statuses: ["NEW"] });
    expect(messages).toEqual([
      "Ignored an unknown status",
      "Ignored an unknown role",
      "Ignored an unknown assignee",
      "Ignored a start date that is not a date (YYYY-MM-DD)",
      "Ignored an end date that is not a date (YYYY-MM-DD)",
      "Ignored an unknown sort order",
      "Ignored an unknown spam setting",
      "Ignored an invalid page link; showing the first page",
    ]);
  });

  it("treats empty values, as a GET form sends them, as absent", () => {
    expect(parseLeadListQuery({ status: "", role: "", assignee: "", from: "", to: "", q: "  ", sort: "", spam: "" })).toEqual({
      query: DEFAULT_LEAD_LIST_QUERY,
      messages: [],
    });
  });

  it("rejects reversed dates rather than guessing", () => {
    expect(parseLeadListQuery({ from: "2026-03-02", to: "2026-03-01" })).toEqual({
      query: DEFAULT_LEAD_LIST_QUERY,
      messages: ["Ignored the dates: the start date is after the end date"],
    });
    expect(parseLeadListQuery({ from: "2026-03-01", to: "2026-03-01" }).query).toMatchObject({ from: "2026-03-01", to: "2026-03-01" });
    expect(parseLeadListQuery({ from: "0999-12-31" }).query.from).toBeNull();
    expect(parseLeadListQuery({ to: "2028-02-29" }).query.to).toBe("2028-02-29");
  });

  it("trims the search, shortens it to 200 characters and drops one without words", () => {
    const long = parseLeadListQuery({ q: ` ${"é".repeat(250)} ` });
    expect(Array.from(long.query.q!)).toHaveLength(200);
    expect(long.messages).toEqual(["Shortened the search to 200 characters"]);
    expect(parseLeadListQuery({ q: "&&& :*" })).toEqual({ query: DEFAULT_LEAD_LIST_QUERY, messages: ["Ignored a search without letters or digits"] });
  });

  it("keeps a cursor only when it fits the sort, and only one of after and before", () => {
    expect(parseLeadListQuery({ before: createdCursor }).query).toMatchObject({ after: null, before: createdCursor });
    expect(parseLeadListQuery({ sort: "updated", after: updatedCursor }).query.after).toBe(updatedCursor);
    const mismatched = parseLeadListQuery({ sort: "updated", after: createdCursor });
    expect(mismatched.query.after).toBeNull();
    expect(mismatched.messages).toEqual(["Ignored an invalid page link; showing the first page"]);
    const both = parseLeadListQuery({ after: createdCursor, before: createdCursor });
    expect(both.query).toMatchObject({ after: createdCursor, before: null });
  });
});
