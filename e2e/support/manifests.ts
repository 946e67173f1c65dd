// What the production build contains, read from its manifests, so the authorization suite covers
// every page, route handler and server action without anyone listing them by hand.
import { readFileSync } from "node:fs";

export type BuiltRoute = { path: string; kind: "page" | "route" };
export type BuiltAction = { id: string; exportedName: string; filename: string; workerPaths: string[] };

/** "/(admin)/admin/(signed-in)/leads/[id]/page" → "/admin/leads/[id]" */
function routePath(entry: string): string {
  const path = entry.replace(/\/(page|route)$/, "").replace(/\/\([^)]+\)/g, "");
  return path === "" ? "/" : path;
}

export function builtRoutes(): BuiltRoute[] {
  const manifest = JSON.parse(readFileSync(".next/server/app-paths-manifest.json", "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((entry) => !entry.startsWith("/_"))
    .map((entry) => ({ path: routePath(entry), kind: entry.endsWith("/route") ? ("route" as const) : ("page" as const) }));
}

export function builtActions(): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, action]) => ({
    id,
    exportedName: action.exportedName,
    filename: action.filename,
    workerPaths: Object.keys(action.workers).map((worker) => routePath(worker.replace(/^app/, ""))),
  }));
}
