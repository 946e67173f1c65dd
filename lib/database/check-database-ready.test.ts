import net from "node:net";
import { describe, expect, it } from "vitest";
import { cloneTestDatabase, testDatabases } from "@/test/test-databases";
import { checkDatabaseReady } from "./check-database-ready";

describe.each(testDatabases())("checkDatabaseReady on $name", ({ url: template }) => {
  it("is ready when the server answers", async () => {
    expect(await checkDatabaseReady(await cloneTestDatabase(template), { timeoutMs: 2_000 })).toEqual({ ready: true });
  });
});

describe("checkDatabaseReady when the database is not there", () => {
  it("reports unreachable when nothing listens on the port", async () => {
    const errors: unknown[] = [];
    const readiness = await checkDatabaseReady("postgresql://postgres@127.0.0.1:1/none", {
      timeoutMs: 2_000,
      onError: (error) => errors.push(error),
    });
    expect(readiness).toEqual({ ready: false, reason: "unreachable" });
    expect(errors.length).toBeGreaterThan(0);
  });

  it("reports a timeout when the server accepts but never answers, and lets go of the connection", async () => {
    let closedByProbe = 0;
    const silent = net.createServer((socket) => socket.resume().on("end", () => closedByProbe++));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const started = Date.now();
      expect(await checkDatabaseReady(`postgresql://postgres@127.0.0.1:${port}/none`, { timeoutMs: 300 })).toEqual({
        ready: false,
        reason: "timeout",
      });
      expect(Date.now() - started).toBeLessThan(4_000);
      await expect.poll(() => closedByProbe, { timeout: 3_000 }).toBe(1);
    } finally {
      silent.close();
    }
  });
});
