// Expected refusals when managing staff accounts; their messages are shown to the owner or invitee.

export class StaffAccountError extends Error {
  name = "StaffAccountError";
}

export class InvitationUnusableError extends Error {
  name = "InvitationUnusableError";
  constructor() {
    super("This invitation has expired, was withdrawn or has already been used. Ask the studio's owner for a new one.");
  }
}
