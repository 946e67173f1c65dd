// A CSV download streamed batch by batch (the lead export and the money reports): each pull of the stream
// reads one keyset batch, so memory stays flat however many rows there are, and a client that
// goes away stops the reading (the stream is pulled, never pushed).
import { csvCell } from "./csv-cell";

export type CsvValue = string | number | null;
/** One batch of rows, and where the next one starts (null: this was the last). */
export type CsvBatch<Cursor> = { rows: CsvValue[][]; next: Cursor | null };

// Excel reads a CSV file as the local code page unless it starts with a byte order mark.
const BOM = "\uFEFF";

export const csvRow = (values: CsvValue[]) => values.map(csvCell).join(",") + "\r\n";

/**
 * A UTF-8 CSV (BOM, CRLF): the header first, then `readBatch(cursor)` once per pull until it
 * answers `next: null`. `cancelled()` lets a batch that makes several reads stop between them.
 */
export function csvStream<Cursor>(header: string[], readBatch: (cursor: Cursor | null, cancelled: () => boolean) => Promise<CsvBatch<Cursor>>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: Cursor | null = null;
  let started = false;
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(BOM + csvRow(header)));
          return;
        }
        const batch = await readBatch(cursor, () => cancelled);
        if (cancelled) return;
        if (batch.rows.length > 0) controller.enqueue(encoder.encode(batch.rows.map(csvRow).join("")));
        if (batch.next === null) controller.close();
        else cursor = batch.next;
      },
      cancel() {
        cancelled = true;
      },
    },
    // Read nothing ahead of the consumer: a batch is fetched only when the previous one is taken.
    { highWaterMark: 0 },
  );
}
