/** A page's `searchParams` as URLSearchParams, repeated parameters kept in order. */
export function toSearchParams(params: Record<string, string | string[] | undefined>): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) for (const one of typeof value === "string" ? [value] : (value ?? [])) query.append(name, one);
  return query;
}
