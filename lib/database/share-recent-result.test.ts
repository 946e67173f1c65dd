import { describe, expect, it } from "vitest";
import { shareRecentResult } from "./share-recent-result";

describe("shareRecentResult", () => {
  it("runs the probe once for every caller while it runs and for the reuse period after", async () => {
    let clock = 0;
    let runs = 0;
    let release!: () => void;
    const probe = () => {
      runs++;
      return new Promise<string>((resolve) => (release = () => resolve(`answer ${runs}`)));
    };
    const shared = shareRecentResult(probe, { reuseMs: 1_000, now: () => clock });

    const waiting = Array.from({ length: 20 }, () => shared());
    clock = 5_000; // still running: a slow probe is not started again
    waiting.push(shared());
    release();
    expect(new Set(await Promise.all(waiting))).toEqual(new Set(["answer 1"]));
    expect(runs).toBe(1);

    clock = 5_999;
    expect(await shared()).toBe("answer 1");
    clock = 6_000;
    const next = shared();
    release();
    expect(await next).toBe("answer 2");
    expect(runs).toBe(2);
  });

  it("shares a failure for the period too, then tries again", async () => {
    let clock = 0;
    let runs = 0;
    const shared = shareRecentResult(() => (++runs === 1 ? Promise.reject(new Error("down")) : Promise.resolve("up")), { reuseMs: 1_000, now: () => clock });
    await expect(Promise.all([shared(), shared()])).rejects.toThrow("down");
    expect(runs).toBe(1);
    clock = 1_000;
    expect(await shared()).toBe("up");
  });
});
