// The shared entry point of the command-line scripts: validates the environment first and turns
// the errors a user can fix (bad variable, busy port, unusable folder) into a plain message.
import { EmbeddedDatabaseError } from "../../lib/database/embedded-postgres";
import { DatabaseSetupError } from "../../lib/database/ensure-database-exists";
import { InvalidEnvironmentError, parseEnv, type Env } from "../../lib/env/schema";

/** A mistake in the command's own arguments: printed without a stack trace. */
export class UsageError extends Error {
  name = "UsageError";
}

const problemsTheUserCanFix = [InvalidEnvironmentError, EmbeddedDatabaseError, DatabaseSetupError, UsageError];

export function runScript(main: (env: Env) => Promise<void>) {
  let env: Env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    fail(error);
  }
  main(env).catch(fail);
}

function fail(error: unknown): never {
  if (problemsTheUserCanFix.some((kind) => error instanceof kind)) {
    console.error(`\n${(error as Error).message}\n`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
