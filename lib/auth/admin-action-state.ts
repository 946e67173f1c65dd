/**
 * What every admin server action answers. `refused` comes from the authorization check that runs
 * before anything else, so it can never be confused with a validation error.
 */
export type AdminActionState =
  | { status: "idle" }
  | { status: "success"; message: string }
  | { status: "invalid"; message: string; fieldErrors: Record<string, string[] | undefined> }
  | { status: "conflict"; message: string }
  | { status: "error"; message: string }
  | { status: "refused"; message: string };

export const IDLE: AdminActionState = { status: "idle" };

/** An admin server action as a form calls it through `useActionState`. */
export type AdminAction = (state: AdminActionState, formData: FormData) => Promise<AdminActionState>;
