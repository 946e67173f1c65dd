// The shared entry point of the command-line scripts: validates the environment first and turns
// the errors a user can fix (bad variable, busy port, unusable folder) into a plain message.
import { EmbeddedDatabaseError } from "../../lib/database/embedded-postgres";
import { InvalidEnvironmentError, parseEnv, type Env } from "../../lib/env/schema";

/** A mistake in the command's own arguments: printed without a stack trace. */
export class UsageError extends Error {
  name = "UsageError";
}

export function runScript(main: (env: Env) => Promise<void>) {
  let env: Env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    fail(error);
    return;
  }
  main(env).catch(fail);
}

function fail(error: unknown): never {
  if (error instanceof InvalidEnvironmentError || error instanceof EmbeddedDatabaseError || error instanceof UsageError) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
