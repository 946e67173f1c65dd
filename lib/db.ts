import "server-only";
import { createPrismaClient, type Database } from "./database/create-prisma-client";
import { env } from "./env";

// One client per process. Cached on globalThis because the dev server re-evaluates modules on
// every edit, and each evaluation would otherwise open a new connection pool.
const cache = globalThis as unknown as { studioDeskDb?: Database };

/**
 * The app's database client, created on first use. Lazy so that `next build`, which loads
 * route modules to read their config, never needs a database.
 */
export function getDb(): Database {
  if (cache.studioDeskDb) return cache.studioDeskDb;
  if (!env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which start the embedded database when no server is configured.",
    );
  }
  cache.studioDeskDb = createPrismaClient(env.DATABASE_URL);
  return cache.studioDeskDb;
}
