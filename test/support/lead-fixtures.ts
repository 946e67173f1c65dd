import type { Database } from "@/lib/database/create-prisma-client";
import { createInquiry } from "@/lib/inquiries/create-inquiry";
import { inquiryContext, validInquiry } from "./inquiry-fixtures";

/** A new lead as an artist's submission makes it: NEW, with its two emails queued. */
export async function createLead(db: Database, overrides: Record<string, unknown> = {}) {
  const input = validInquiry(overrides);
  const created = await createInquiry({ input, clientIp: "203.0.113.9", formSignals: null }, inquiryContext(db));
  return { ...created, input };
}
