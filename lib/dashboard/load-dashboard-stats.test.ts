import { beforeAll, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/create-prisma-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { generateReference } from "@/lib/inquiries/generate-reference";
import { createRandom, fakeLead } from "@/lib/seed/fake-lead";
import { describeEachDatabase } from "@/test/test-databases";
import { loadDashboardStats } from "./load-dashboard-stats";

// A Thursday afternoon; its ISO week started on Monday 16 November.
const NOW = new Date("2026-11-19T15:00:00Z");
const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const ZERO = { ENGINEER: 0, PRODUCER: 0, BOTH: 0, UNSURE: 0 };

describeEachDatabase("loadDashboardStats", { poolSize: 3 }, ({ db, url: databaseUrl }) => {
  const random = createRandom(3);
  const lead = (overrides: Partial<Prisma.InquiryCreateManyInput>): Prisma.InquiryCreateManyInput => ({
    ...fakeLead(random, NOW),
    reference: generateReference(),
    status: "NEW",
    ...overrides,
  });

  beforeAll(async () => {
    await db.inquiry.createMany({
      data: [
        // This week, from its very first millisecond; one answered after 1 hour.
        lead({ createdAt: at("2026-11-16T00:00:00Z"), roleNeeded: "ENGINEER", status: "CONTACTED", firstRespondedAt: at("2026-11-16T01:00:00Z") }),
        lead({ createdAt: at("2026-11-19T14:00:00Z"), roleNeeded: "ENGINEER", status: "NEW" }),
        // Last week's last millisecond; within the last 7 days; answered after 2 hours.
        lead({ createdAt: at("2026-11-15T23:59:59.999Z"), roleNeeded: "PRODUCER", status: "QUOTED", firstRespondedAt: at("2026-11-16T01:59:59.999Z") }),
        // Eight days ago: last week, not "new this week"; answered after 4 hours.
        lead({ createdAt: at("2026-11-11T15:00:00Z"), roleNeeded: "BOTH", status: "BOOKED", firstRespondedAt: at("2026-11-11T19:00:00Z") }),
        // The first of the twelve weeks, at its start; answered after 10 hours; no longer open.
        lead({ createdAt: at("2026-08-31T00:00:00Z"), roleNeeded: "UNSURE", status: "WON", firstRespondedAt: at("2026-08-31T10:00:00Z") }),
        // Just before the twelve weeks, and more than 90 days ago: only counted as open.
        lead({ createdAt: at("2026-08-16T12:00:00Z"), roleNeeded: "BOTH", status: "NEW", firstRespondedAt: at("2026-09-26T12:00:00Z") }),
        // Spam is never counted, whatever its dates.
        lead({ createdAt: at("2026-11-18T12:00:00Z"), roleNeeded: "ENGINEER", status: "SPAM", isSpam: true, firstRespondedAt: at("2026-11-18T13:00:00Z") }),
        // After "now": not yet.
        lead({ createdAt: at("2026-11-20T12:00:00Z"), roleNeeded: "PRODUCER", status: "NEW" }),
        // Erased: part of the history, not of the open pipeline.
        lead({
          createdAt: at("2026-11-17T09:00:00Z"), roleNeeded: "PRODUCER", status: "NEW", erasedAt: at("2026-11-18T09:00:00Z"),
          name: "", email: "", phone: null, artistName: null, message: "", referenceLinks: [],
        }),
      ],
    });
  });

  const expectedWeeks = () => {
    const weeks = Array.from({ length: 12 }, (_, i) => ({ weekStart: new Date(at("2026-08-31T00:00:00Z").getTime() + i * 7 * 24 * HOUR), counts: { ...ZERO } }));
    weeks[0].counts.UNSURE = 1;
    weeks[10].counts = { ...ZERO, PRODUCER: 1, BOTH: 1 };
    weeks[11].counts = { ...ZERO, ENGINEER: 2, PRODUCER: 1 };
    return weeks;
  };

  it("counts the week, the open pipeline, the median first response and twelve weeks by role", async () => {
    expect(await loadDashboardStats(db, NOW)).toEqual({
      newThisWeek: 4,
      openByStatus: { NEW: 3, CONTACTED: 1, QUOTED: 1, BOOKED: 1 },
      openByRole: { ENGINEER: 2, PRODUCER: 2, BOTH: 2, UNSURE: 0 },
      medianFirstResponseMs: 3 * HOUR,
      weeklyByRole: expectedWeeks(),
    });
  });

  it("gives the same weeks whatever the database session's time zone", async () => {
    const url = new URL(databaseUrl);
    url.searchParams.set("options", "-c TimeZone=America/New_York");
    const newYork = createPrismaClient(url.toString(), { poolSize: 1 });
    try {
      const [{ zone }] = await newYork.$queryRaw<{ zone: string }[]>`SELECT current_setting('TimeZone') AS "zone"`;
      expect(zone).toBe("America/New_York");
      expect((await loadDashboardStats(newYork, NOW)).weeklyByRole).toEqual(expectedWeeks());
    } finally {
      await newYork.$disconnect();
    }
  });

  it("counts weeks in the studio's zone", async () => {
    // The producer lead of Sunday 15 November 23:59:59 UTC is Monday 00:59 in Berlin.
    const week = (stats: Awaited<ReturnType<typeof loadDashboardStats>>, monday: string) => stats.weeklyByRole.find((entry) => entry.weekStart.getTime() === at(`${monday}T00:00:00Z`).getTime())!.counts.PRODUCER;
    const [utc, berlin] = await Promise.all([loadDashboardStats(db, NOW), loadDashboardStats(db, NOW, "Europe/Berlin")]);
    expect(week(berlin, "2026-11-09")).toBe(week(utc, "2026-11-09") - 1);
    expect(week(berlin, "2026-11-16")).toBe(week(utc, "2026-11-16") + 1);
  });

  it("answers zeroes and a null median for a quiet period", async () => {
    const stats = await loadDashboardStats(db, at("2026-01-10T00:00:00Z"));
    expect(stats).toMatchObject({ newThisWeek: 0, medianFirstResponseMs: null });
    expect(stats.weeklyByRole).toHaveLength(12);
    expect(stats.weeklyByRole.every((week) => Object.values(week.counts).every((count) => count === 0))).toBe(true);
    expect(stats.weeklyByRole.at(-1)!.weekStart).toEqual(at("2026-01-05T00:00:00Z"));
  });
});
