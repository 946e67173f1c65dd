// Prisma CLI configuration. Prisma 6.19's WebAssembly schema engine runs through a driver
// adapter, so migrations work offline without Prisma's downloadable native engines.
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The CLI loads the schema before it calls the adapter; an unresolvable `env("DATABASE_URL")`
// makes it fall back to downloading native engines. `prisma generate` needs no database, so
// a placeholder is enough there; commands that touch a database get a real URL from
// the scripts in scripts/ (through lib/database/open-database.ts), which start the embedded
// server when DATABASE_URL is unset.
process.env.DATABASE_URL ??= "postgresql://placeholder@127.0.0.1:1/placeholder";

export default defineConfig({
  experimental: { adapter: true },
  schema: "prisma/schema.prisma",
  engine: "js",
  async adapter() {
    // allowExitOnIdle: the CLI never closes the pool, and idle connections would otherwise keep
    // the process alive for pg's 10-second idle timeout after every command.
    return new PrismaPg({ connectionString: process.env.DATABASE_URL, allowExitOnIdle: true });
  },
});
