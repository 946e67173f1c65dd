import type { Database } from "../database/create-prisma-client";
import { createRandom, fakeLead } from "./fake-lead";

const BATCH_SIZE = 1_000;
/** Reference collisions are rare; this bounds the retries that top a batch back up. */
const MAX_ROUNDS_PER_BATCH = 5;

/**
 * Inserts `count` fake leads in batches, calling `onProgress` after each batch. Rows whose random
 * reference collides with an existing one are skipped by the database and drawn again.
 */
export async function insertFakeLeads(
  db: Database,
  count: number,
  { seed = 1, onProgress = () => {} }: { seed?: number; onProgress?: (inserted: number) => void } = {},
): Promise<number> {
  const random = createRandom(seed);
  const now = new Date();
  let inserted = 0;
  while (inserted < count) {
    const target = Math.min(BATCH_SIZE, count - inserted);
    let batchInserted = 0;
    for (let round = 0; round < MAX_ROUNDS_PER_BATCH && batchInserted < target; round++) {
      const rows = Array.from({ length: target - batchInserted }, () => fakeLead(random, now));
      const result = await db.inquiry.createMany({ data: rows, skipDuplicates: true });
      batchInserted += result.count;
    }
    if (batchInserted === 0) throw new Error("Could not insert any lead in this batch; is the reference space exhausted?");
    inserted += batchInserted;
    onProgress(inserted);
  }
  return inserted;
}
