import "server-only";
import { parseEnv } from "./env/schema";

/** The validated environment. The only place the app reads process.env. */
export const env = parseEnv(process.env);
