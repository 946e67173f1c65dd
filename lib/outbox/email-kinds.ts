// The kinds of email Studio Desk sends: one registry, so the timeline, the System page, the
// queue and the renderer all agree on what a kind is called and how it threads.

export type Threading =
  /** Starts or stands alone. */
  | "none"
  /** To the artist, in the thread of their acknowledgement (In-Reply-To and References). */
  | "artist-thread"
  /** To the studio, under its notification of the inquiry. */
  | "studio-thread";

type EmailKindDefinition = {
  label: string;
  threading: Threading;
  /**
   * Its renderer attaches files (an invoice's PDF). They are made afresh at every attempt, never
   * stored on the row, so such a kind attaches only what cannot change (an issued invoice).
   */
  attachesFiles?: true;
};

export const EMAIL_KINDS = {
  "inquiry.studio-notification": { label: "Notification to the studio", threading: "none" },
  "inquiry.acknowledgement": { label: "Acknowledgement to the artist", threading: "none" },
  "lead.reply": { label: "Reply to the artist", threading: "artist-thread" },
  "booking.confirmed": { label: "Session confirmation to the artist", threading: "artist-thread" },
  "booking.changed": { label: "Session change to the artist", threading: "artist-thread" },
  "booking.cancelled": { label: "Session cancellation to the artist", threading: "artist-thread" },
  "booking.artist-request": { label: "Artist's request to the studio", threading: "studio-thread" },
  "booking.hold-ending": { label: "Reminder to the artist that a hold ends", threading: "artist-thread" },
  "booking.hold-ending-staff": { label: "Reminder to the assigned staff member that a hold ends", threading: "none" },
  "booking.preparation": { label: "Preparation reminder to the artist", threading: "artist-thread" },
  "booking.logistics": { label: "Day-before reminder to the artist", threading: "artist-thread" },
  "booking.follow-up": { label: "Thank-you after the session", threading: "artist-thread" },
  "proposal.sent": { label: "Proposal to the artist", threading: "artist-thread" },
  "invoice.issued": { label: "Invoice or credit note to the artist", threading: "artist-thread", attachesFiles: true },
  "payment.needs-decision": { label: "Payment needing a decision, to the studio", threading: "studio-thread" },
  "staff.sign-in-link": { label: "Sign-in link", threading: "none" },
} as const satisfies Record<string, EmailKindDefinition>;

export type EmailKind = keyof typeof EMAIL_KINDS;

export function isEmailKind(kind: string): kind is EmailKind {
  return Object.hasOwn(EMAIL_KINDS, kind);
}

/** Whether a kind's renderer attaches files, so that it is rendered again at every attempt. */
export function attachesFiles(kind: string): boolean {
  return isEmailKind(kind) && "attachesFiles" in EMAIL_KINDS[kind];
}

/** The kind's name for people; a kind this version does not know (an old row) says what it is. */
export function emailKindLabel(kind: string): string {
  return isEmailKind(kind) ? EMAIL_KINDS[kind].label : `Email (${kind})`;
}
