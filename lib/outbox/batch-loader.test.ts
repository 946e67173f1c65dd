import { describe, expect, it } from "vitest";
import { batchLoader } from "./batch-loader";

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
