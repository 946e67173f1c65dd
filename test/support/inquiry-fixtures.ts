import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/database/create-prisma-client";
import type { CreateInquiryContext } from "@/lib/inquiries/create-inquiry";

/** A valid inquiry with a unique email, so tests never collide on rate limits or data. */
export function validInquiry(overrides: Record<string, unknown> = {}) {
  const unique = randomUUID().slice(0, 8);
  return {
    roleNeeded: "BOTH",
    name: `Kofi Mensah ${unique}`,
    email: `kofi.${unique}@example.com`,
    artistName: "Harbour Lights",
    projectType: "EP",
    songCount: 5,
    genres: ["soul", "indie"],
    referenceLinks: ["https://example.com/demo"],
    budgetRange: "FROM_3K_TO_10K",
    targetStartOn: "2027-03-01",
    targetFinishOn: "2027-04-15",
    message: "Five songs, demos recorded at home; we want a producer to shape them and an engineer to track the band.",
    consent: true,
    ...overrides,
  };
}

export function inquiryContext(db: Database, overrides: Partial<CreateInquiryContext> = {}): CreateInquiryContext {
  return {
    db,
    signingSecret: "test-signing-secret-that-is-long-enough",
    ratePerHour: 0,
    emailSettings: {
      appUrl: "https://studio.test",
      studioInbox: "bookings@studio.test",
      studio: { name: "Studio Desk", email: "hello@studio.test", phone: "+44 20 7946 0000", address: "12 Canal Street, London" },
    },
    ...overrides,
  };
}
