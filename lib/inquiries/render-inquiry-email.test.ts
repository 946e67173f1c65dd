import { expect, it } from "vitest";
import { artistPortalSecret } from "@/lib/artist-portal/artist-portal-secret";
import { ARTIST_TOKEN_MAX_AGE_MS } from "@/lib/artist-portal/artist-token-mac";
import { readArtistToken } from "@/lib/artist-portal/read-artist-token";
import { createLead } from "@/test/support/lead-fixtures";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { INQUIRY_EMAIL_KINDS } from "./queue-inquiry-emails";
import { renderInquiryEmail } from "./render-inquiry-email";

describeEachDatabase("renderInquiryEmail", { poolSize: 2 }, ({ db }) => {

  const settings = () => inquiryContext(db).emailSettings;
  const sentAt = new Date("2026-11-20T10:00:00Z");

  it("gives the artist a private link to their inquiry that the page accepts for a year", async () => {
    const lead = await createLead(db);
    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { id: lead.id } });
    const { html, text } = await renderInquiryEmail(INQUIRY_EMAIL_KINDS.acknowledgement, inquiry, settings(), { db, now: sentAt });

    const links = text.match(/https:\/\/studio\.test\/your-inquiry\/[A-Za-z0-9_-]+/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links).size).toBe(1);
    const token = links[0]!.split("/").at(-1)!;
    expect(html).toContain(`href="https://studio.test/your-inquiry/${token}"`);

    // Signed with the key the page checks with: AUTH_SECRET from the environment, or the stored one.
    const { env } = await import("@/lib/env");
    const secret = await artistPortalSecret(db, env.AUTH_SECRET);
    expect(readArtistToken(secret, token, sentAt)).toEqual({ inquiryId: lead.id, expiresAt: new Date(sentAt.getTime() + ARTIST_TOKEN_MAX_AGE_MS) });
    expect(readArtistToken(secret, token, new Date(sentAt.getTime() + ARTIST_TOKEN_MAX_AGE_MS - 60_000))?.inquiryId).toBe(lead.id);
    expect(readArtistToken(secret, token, new Date(sentAt.getTime() + ARTIST_TOKEN_MAX_AGE_MS))).toBeNull();
    expect(readArtistToken("some-other-key-that-is-long-enough-000", token, sentAt)).toBeNull();
  });

  it("keeps the private link out of the studio's notification", async () => {
    const lead = await createLead(db);
    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { id: lead.id } });
    const { html, text } = await renderInquiryEmail(INQUIRY_EMAIL_KINDS.studioNotification, inquiry, settings(), { db, now: sentAt });
    expect(text).toContain(`https://studio.test/admin/leads/${lead.id}`);
    expect(`${html}${text}`).not.toContain("/your-inquiry/");
  });
});
