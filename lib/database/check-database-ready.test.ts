import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { testDatabases } from "@/test/test-databases";
import { checkDatabaseReady } from "./check-database-ready";
import { createPrismaClient, type Database } from "./create-prisma-client";

const clients: Database[] = [];
function client(url: string) {
  const db = createPrismaClient(url, { poolSize: 1 });
  clients.push(db);
  return db;
}
afterAll(() => Promise.all(clients.map((db) => db.$disconnect())));

describe.each(testDatabases())("checkDatabaseReady on $name", ({ url }) => {
  it("is ready when the server answers", async () => {
    expect(await checkDatabaseReady(client(url), { timeoutMs: 2_000 })).toEqual({ ready: true });
  });
});

describe("checkDatabaseReady when the database is not there", () => {
  it("reports unreachable when nothing listens on the port", async () => {
    const errors: unknown[] = [];
    const readiness = await checkDatabaseReady(client("postgresql://postgres@127.0.0.1:1/none"), {
      timeoutMs: 5_000,
      onError: (error) => errors.push(error),
    });
    expect(readiness).toEqual({ ready: false, reason: "unreachable" });
    expect(errors).toHaveLength(1);
  });

  it("reports a timeout when the server accepts but never answers", async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const started = Date.now();
      const readiness = await checkDatabaseReady(client(`postgresql://postgres@127.0.0.1:${port}/none`), { timeoutMs: 300 });
      expect(readiness).toEqual({ ready: false, reason: "timeout" });
      expect(Date.now() - started).toBeLessThan(4_000);
    } finally {
      silent.close();
    }
  });
});
