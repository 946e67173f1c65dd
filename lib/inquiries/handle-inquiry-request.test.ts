import fc from "fast-check";
import { expect, it } from "vitest";
import { inquiryContext, validInquiry } from "@/test/support/inquiry-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { handleInquiryRequest, MAX_BODY_BYTES } from "./handle-inquiry-request";
import { inquirySchema } from "./inquiry-schema";

describeEachDatabase("POST /api/inquiries", { poolSize: 4 }, ({ db }) => {
  let deliveries = 0;

  const post = (body: BodyInit | null, headers: Record<string, string> = {}, context = {}) =>
    handleInquiryRequest(
      new Request("http://studio.test/api/inquiries", {
        method: "POST",
        body,
        headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.50", ...headers },
      }),
      { context: async () => inquiryContext(db, context), afterCommit: () => deliveries++ },
    );
  const postJson = (value: unknown, headers: Record<string, string> = {}, context = {}) => post(JSON.stringify(value), headers, context);

  it("answers 201 with id and reference, and asks for delivery", async () => {
    const before = deliveries;
    const response = await postJson(validInquiry());
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["id", "reference"]);
    expect(deliveries).toBe(before + 1);
  });

  it("answers a replayed Idempotency-Key with the same body, storing nothing new", async () => {
    const input = validInquiry();
    const first = await postJson(input, { "Idempotency-Key": "order-42-" + input.email });
    const second = await postJson(input, { "Idempotency-Key": "order-42-" + input.email });
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await second.json()).toEqual(await first.json());
    expect(await db.inquiry.count({ where: { email: input.email } })).toBe(1);
  });

  it("answers 422 when a key comes back with a different inquiry", async () => {
    const key = `k-${crypto.randomUUID()}`;
    await postJson(validInquiry(), { "Idempotency-Key": key });
    const response = await postJson(validInquiry(), { "Idempotency-Key": key });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: "idempotency-key-reused" });
  });

  it("answers 400 with every field's errors", async () => {
    const response = await postJson({ ...validInquiry(), email: "nope", referenceLinks: ["file:///etc/passwd"], consent: "yes please" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("invalid");
    expect(Object.keys(body.fields).sort()).toEqual(["consent", "email", "referenceLinks"]);
  });

  it.each([
    ["malformed JSON", "{ not json", "not valid JSON"],
    ["a JSON array", "[1,2]", "must be a JSON object"],
    ["JSON null", "null", "must be a JSON object"],
  ])("answers 400 for %s", async (_, body, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect((await response.json()).fields.body[0]).toContain(message);
  });

  it("answers 400 for an unusable Idempotency-Key", async () => {
    const response = await postJson(validInquiry(), { "Idempotency-Key": "x".repeat(197) });
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).fields)).toEqual(["Idempotency-Key"]);
  });

  it("answers 413 for a body over the limit, whatever Content-Length claims", async () => {
    const huge = JSON.stringify({ ...validInquiry(), message: "x".repeat(MAX_BODY_BYTES) });
    expect((await post(huge)).status).toBe(413);
    const stream = new Blob([huge]).stream();
    const request = new Request("http://studio.test/api/inquiries", { method: "POST", body: stream, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    expect((await handleInquiryRequest(request, { context: async () => inquiryContext(db), afterCommit: () => {} })).status).toBe(413);
  });

  it.each([["text/plain"], ["application/x-www-form-urlencoded"], [""]])("answers 415 for content type %j", async (type) => {
    expect((await post(JSON.stringify(validInquiry()), { "content-type": type })).status).toBe(415);
  });

  it("answers 429 with Retry-After once the address has used its hourly budget", async () => {
    const headers = { "x-forwarded-for": "spoofed.example, 198.51.100.77" }; // as scripts/serve.mjs passes it on
    const context = { ratePerHour: 2 };
    expect((await postJson(validInquiry(), headers, context)).status).toBe(201);
    expect((await postJson(validInquiry(), headers, context)).status).toBe(201);
    const refused = await postJson(validInquiry(), headers, context);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // Only the address the proxy saw counts: a different first entry does not buy a new budget.
    expect((await postJson(validInquiry(), { "x-forwarded-for": "1.2.3.4, 198.51.100.77" }, context)).status).toBe(429);
  });

  it("never answers 5xx and never stores an invalid row, whatever JSON it is sent", async () => {
    // Mostly-valid inquiries with one field swapped for anything at all, so that plenty succeed.
    const nearlyValid = fc
      .tuple(fc.constantFrom(...Object.keys(validInquiry())), fc.jsonValue(), fc.boolean())
      .map(([field, value, drop]) => {
        const inquiry: Record<string, unknown> = validInquiry();
        if (drop) delete inquiry[field];
        else inquiry[field] = value;
        return inquiry;
      });
    const json = fc.oneof(
      nearlyValid,
      fc.jsonValue(),
      fc.record(
        {
          roleNeeded: fc.oneof(fc.constantFrom("ENGINEER", "PRODUCER", "BOTH", "UNSURE"), fc.jsonValue()),
          name: fc.oneof(fc.string(), fc.jsonValue()),
          email: fc.oneof(fc.emailAddress(), fc.jsonValue()),
          message: fc.oneof(fc.string({ minLength: 15, maxLength: 80 }), fc.jsonValue()),
          consent: fc.oneof(fc.constant(true), fc.jsonValue()),
          songCount: fc.jsonValue(),
          genres: fc.jsonValue(),
          referenceLinks: fc.oneof(fc.array(fc.webUrl(), { maxLength: 6 }), fc.jsonValue()),
          targetStartOn: fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)), fc.jsonValue()),
          targetFinishOn: fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)), fc.jsonValue()),
        },
        { requiredKeys: [] },
      ),
    );
    let created = 0;
    await fc.assert(
      fc.asyncProperty(json, async (value) => {
        const response = await postJson(value);
        expect([201, 400]).toContain(response.status);
        if (response.status !== 201) return;
        created++;
        const { id } = await response.json();
        const row = await db.inquiry.findUniqueOrThrow({ where: { id } });
        const roundTrip = inquirySchema.safeParse({
          ...row,
          phone: row.phone ?? undefined,
          artistName: row.artistName ?? undefined,
          projectType: row.projectType ?? undefined,
          songCount: row.songCount ?? undefined,
          budgetRange: row.budgetRange ?? undefined,
          targetStartOn: row.targetStartOn?.toISOString().slice(0, 10),
          targetFinishOn: row.targetFinishOn?.toISOString().slice(0, 10),
          consent: true,
        });
        expect(roundTrip.success, JSON.stringify(roundTrip.error?.issues)).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(created).toBeGreaterThan(10); // about a fifth of the runs; zero would mean the property tested nothing
  });
});
