const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether an id from a URL or a form can be a row id. PostgreSQL answers anything else in a
 * uuid column with an error, which would surface as a 500 instead of "not found".
 */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
