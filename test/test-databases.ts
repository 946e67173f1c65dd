// The PostgreSQL servers the integration tests run against: always the embedded one, plus the
// server at 127.0.0.1:5432 when it answers, so that two server versions are covered.
import { inject } from "vitest";

export type TestDatabase = { name: string; url: string };

declare module "vitest" {
  export interface ProvidedContext {
    databases: TestDatabase[];
  }
}

export function testDatabases(): TestDatabase[] {
  return inject("databases");
}
