import { z } from "zod";

export const ARTIST_REQUEST_MESSAGE_MAX = 2_000;

/** What the artist's form sends about one session; a move needs a word on what would suit them. */
export const artistRequestSchema = z
  .object({
    bookingId: z.uuid({ error: "Choose one of your sessions." }),
    /** "booking": the request is about every day of the booking this session belongs to. */
    scope: z.enum(["session", "booking"], { error: "Choose this day or the whole booking." }).default("session"),
    kind: z.enum(["CANCEL", "MOVE"], { error: "Choose whether you would like to move or cancel this session." }),
    message: z
      .string({ error: "Write a message, or leave it empty." })
      .trim()
      .max(ARTIST_REQUEST_MESSAGE_MAX, { error: `Keep the message under ${ARTIST_REQUEST_MESSAGE_MAX.toLocaleString("en-GB")} characters.` })
      .default(""),
  })
  .superRefine((value, context) => {
    if (value.kind === "MOVE" && value.message === "") {
      context.addIssue({ code: "custom", path: ["message"], message: "Tell us which days or times would suit you better." });
    }
  });

export type ArtistRequestInput = z.infer<typeof artistRequestSchema>;

export type ArtistRequestFieldErrors = Partial<Record<"kind" | "message" | "bookingId" | "scope", string[]>>;

export function artistRequestFieldErrors(error: z.ZodError): ArtistRequestFieldErrors {
  const errors: ArtistRequestFieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "message") as keyof ArtistRequestFieldErrors;
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}
