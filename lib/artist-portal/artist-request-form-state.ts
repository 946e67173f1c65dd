import type { ArtistRequestFieldErrors } from "./artist-request-schema";

/** What the artist's session form shows after a submission; "values" keeps what they typed. */
export type ArtistRequestFormState = {
  status: "idle" | "asked" | "already-asked" | "moved" | "invalid" | "refused" | "error";
  message?: string;
  fieldErrors?: ArtistRequestFieldErrors;
  values?: { kind: string; scope?: string; moveTo?: string; message: string };
};

export const initialArtistRequestFormState: ArtistRequestFormState = { status: "idle" };
