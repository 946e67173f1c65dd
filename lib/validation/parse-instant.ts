import { z } from "zod";

const ISO_INSTANT = z.iso.datetime({ offset: true });

/** Epoch milliseconds of an ISO 8601 instant that carries its zone ("2026-12-01T10:00:00Z"), or null. */
export function parseInstant(value: unknown): number | null {
  return typeof value === "string" && ISO_INSTANT.safeParse(value).success ? Date.parse(value) : null;
}
