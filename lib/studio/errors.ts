// Expected refusals of the studio's setup (owners at /admin/settings). Their messages, and the
// field messages, are written to be shown to the owner as they are.

export type StudioFieldErrors = Record<string, string[] | undefined>;

/** Input the studio's setup cannot take, or a thing that no longer exists. */
export class StudioSetupError extends Error {
  name = "StudioSetupError";
  constructor(
    message: string,
    /** Messages by field, when the fault lies in what was typed. */
    readonly fieldErrors?: StudioFieldErrors,
  ) {
    super(message);
  }
}
