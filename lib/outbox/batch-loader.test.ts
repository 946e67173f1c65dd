import { describe, expect, it } from "vitest";
import { batchLoader, batchWhileBusy } from "./batch-loader";

describe("batchLoader", () => {
  it("loads the keys asked for together in one call, and later ones in another", async () => {
    const calls: number[][] = [];
    const load = batchLoader(async (keys: number[]) => {
      calls.push(keys);
      return new Map(keys.filter((key) => key !== 3).map((key) => [key, key * 10]));
    });
    expect(await Promise.all([load(1), load(2), load(3)])).toEqual([10, 20, undefined]);
    expect(await load(4)).toBe(40);
    expect(calls).toEqual([[1, 2, 3], [4]]);
  });

  it("fails every key of a batch whose load failed, and recovers for the next", async () => {
    let fail = true;
    const load = batchLoader(async (keys: string[]) => {
      if (fail) throw new Error("database down");
      return new Map(keys.map((key) => [key, key.toUpperCase()]));
    });
    await expect(Promise.all([load("a"), load("b")])).rejects.toThrow("database down");
    fail = false;
    expect(await load("c")).toBe("C");
  });
});

describe("batchWhileBusy", () => {
  it("processes the first key at once and gathers the ones that arrive meanwhile into the next call", async () => {
    const calls: number[][] = [];
    let release: () => void = () => {};
    const process = batchWhileBusy(async (keys: number[]) => {
      calls.push(keys);
      if (calls.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return new Map(keys.map((key) => [key, -key]));
    });
    const first = process(1);
    await Promise.resolve();
    await Promise.resolve();
    const later = [process(2), process(3), process(4)];
    expect(calls).toEqual([[1]]);
    release();
    expect(await Promise.all([first, ...later])).toEqual([-1, -2, -3, -4]);
    expect(calls).toEqual([[1], [2, 3, 4]]);
    expect(await process(5)).toBe(-5);
    expect(calls).toEqual([[1], [2, 3, 4], [5]]);
  });

  it("fails the keys of a failed call only, and goes on with the next", async () => {
    let fail = true;
    const process = batchWhileBusy(async (keys: string[]) => {
      if (fail) {
        fail = false;
        throw new Error("database down");
      }
      return new Map(keys.map((key) => [key, key.toUpperCase()]));
    });
    const [a, b] = await Promise.allSettled([process("a"), process("b")]);
    expect([a.status, b.status]).toEqual(["rejected", "rejected"]);
    expect(await process("c")).toBe("C");
  });
});
