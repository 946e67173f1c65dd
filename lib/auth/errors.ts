// Expected refusals of the admin area. Their messages may be shown to the signed-in user.

/** The caller is signed in but their role does not allow this. */
export class NotAuthorizedError extends Error {
  name = "NotAuthorizedError";
  constructor(message = "Only the studio's owner can do this.") {
    super(message);
  }
}
