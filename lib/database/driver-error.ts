// PostgreSQL's errors reach us through Prisma's pg driver adapter in two wrappings: Prisma's own
// queries throw a known request error whose meta carries the adapter's error (or, inside an
// interactive transaction, the adapter's error itself with the cause), and raw SQL is reported as
// P2010 with the same meta. Either way the cause holds PostgreSQL's SQLSTATE and message.
import pg from "pg";
import { Prisma } from "../generated/prisma/client";

export type DriverErrorCause = {
  /** The adapter's classification, e.g. "UniqueConstraintViolation", or "postgres" for the rest. */
  kind?: string;
  originalCode?: string;
  code?: string;
  originalMessage?: string;
  message?: string;
};

/** What PostgreSQL said about a failed query, or undefined when the error did not come from it. */
export function driverErrorCause(error: unknown): DriverErrorCause | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { cause, meta } = error as { cause?: DriverErrorCause; meta?: { driverAdapterError?: { cause?: DriverErrorCause } } };
  return meta?.driverAdapterError?.cause ?? cause;
}

/** PostgreSQL's SQLSTATE for a failed query (e.g. "23P01"), when there is one. */
export function sqlState(error: unknown): string | undefined {
  const cause = driverErrorCause(error);
  return cause?.originalCode ?? cause?.code;
}

/**
 * A unique index refused the write: P2002 from Prisma's own queries, P2010 with the cause from raw
 * SQL, or SQLSTATE 23505 from a statement sent through the driver itself (driverPoolOf).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof pg.DatabaseError) return error.code === "23505";
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return error.code === "P2002" || (error.code === "P2010" && driverErrorCause(error)?.kind === "UniqueConstraintViolation");
}

/** PostgreSQL broke a deadlock by aborting this transaction (40P01); running it again is safe. */
export function isDeadlock(error: unknown): boolean {
  return driverErrorCause(error)?.originalCode === "40P01";
}

/** Whether an error came from the database or the way to it (as opposed to our own code). */
export function isDatabaseError(error: unknown): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError ||
    error instanceof Prisma.PrismaClientUnknownRequestError ||
    error instanceof Prisma.PrismaClientInitializationError ||
    error instanceof Prisma.PrismaClientRustPanicError ||
    error instanceof pg.DatabaseError ||
    isAdapterCause(driverErrorCause(error))
  );
}

function isAdapterCause(cause: unknown): boolean {
  return typeof cause === "object" && cause !== null && ("kind" in cause || "originalCode" in cause);
}
