import type { Database } from "../database/create-prisma-client";

/** The people leads can be assigned to and filtered by: active accounts, by name. */
export function listActiveStaff(db: Database) {
  return db.user.findMany({ where: { deactivatedAt: null }, select: { id: true, name: true, email: true }, orderBy: [{ name: "asc" }, { email: "asc" }] });
}
