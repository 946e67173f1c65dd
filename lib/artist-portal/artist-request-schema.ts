import { z } from "zod";

export const ARTIST_REQUEST_MESSAGE_MAX = 2_000;

/** What the artist's form sends about one session; a move needs a word on what would suit them. */
export const artistRequestSchema = z
  .object({
    bookingId: z.uuid({ error: "Choose one of your sessions." }),
    /** "booking": the request is about every day of the booking this session belongs to. */
    scope: z.enum(["session", "booking"], { error: "Choose this day or the whole booking." }).default("session"),
    kind: z.enum(["CANCEL", "MOVE"], { error: "Choose whether you would like to move or cancel this session." }),
    /** For a move: one of the free times listed (list-move-options.ts), as "start/end"; empty for none. */
    moveTo: z
      .string({ error: "Pick a time from the list." })
      .max(100, { error: "Pick a time from the list." })
      .regex(/^(|\d{4}-\d\d-\d\dT[\d:.]+Z\/\d{4}-\d\d-\d\dT[\d:.]+Z)$/, { error: "Pick a time from the list." })
      .default(""),
    message: z
      .string({ error: "Write a message, or leave it empty." })
      .trim()
      .max(ARTIST_REQUEST_MESSAGE_MAX, { error: `Keep the message under ${ARTIST_REQUEST_MESSAGE_MAX.toLocaleString("en-GB")} characters.` })
      .default(""),
  })
  .superRefine((value, context) => {
    if (value.kind === "MOVE" && value.message === "" && value.moveTo === "") {
      context.addIssue({ code: "custom", path: ["message"], message: "Pick a free time from the list, or tell us which days or times would suit you better." });
    }
    if (value.scope === "booking" && value.moveTo !== "") {
      context.addIssue({ code: "custom", path: ["moveTo"], message: "A picked time moves one day: choose “Just this day”, or tell us in words how to move the whole booking." });
    }
  });

export type ArtistRequestInput = z.infer<typeof artistRequestSchema>;

export type ArtistRequestFieldErrors = Partial<Record<"kind" | "message" | "bookingId" | "scope" | "moveTo", string[]>>;

export function artistRequestFieldErrors(error: z.ZodError): ArtistRequestFieldErrors {
  const errors: ArtistRequestFieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "message") as keyof ArtistRequestFieldErrors;
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}
