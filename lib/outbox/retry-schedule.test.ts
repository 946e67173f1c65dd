import { describe, expect, it } from "vitest";
import { GIVE_UP_AFTER_MS, MAX_ATTEMPTS, retryDelayMs, shouldGiveUp } from "./retry-schedule";

describe("retry schedule", () => {
  it("retries the first failure within a minute", () => {
    for (const random of [0, 0.5, 0.999]) expect(retryDelayMs(1, () => random)).toBeLessThanOrEqual(60_000);
  });

  it("doubles the ceiling with each failure, up to four hours, with jitter inside it", () => {
    expect(retryDelayMs(2, () => 1)).toBe(60_000);
    expect(retryDelayMs(3, () => 1)).toBe(120_000);
    expect(retryDelayMs(3, () => 0)).toBe(60_000);
    expect(retryDelayMs(20, () => 1)).toBe(4 * 3_600_000);
  });

  it("gives up about a day after the message was queued", () => {
    const dueAt = new Date("2026-11-20T00:00:00Z");
    expect(shouldGiveUp({ attempts: 8, dueAt }, new Date(dueAt.getTime() + GIVE_UP_AFTER_MS - 1))).toBe(false);
    expect(shouldGiveUp({ attempts: 8, dueAt }, new Date(dueAt.getTime() + GIVE_UP_AFTER_MS))).toBe(true);
    expect(shouldGiveUp({ attempts: MAX_ATTEMPTS, dueAt }, dueAt)).toBe(true);
  });

  it("keeps trying for the whole day even with the shortest delays", () => {
    let elapsed = 0;
    let attempt = 1;
    while (elapsed < GIVE_UP_AFTER_MS) elapsed += retryDelayMs(attempt++, () => 0);
    expect(attempt).toBeLessThan(MAX_ATTEMPTS);
  });
});
