// How the artist's page words the studio's records: plain words for someone outside the studio.
import type { ArtistRequestKind, BookingStatus, InquiryStatus } from "../generated/prisma/client";

/** Where the inquiry stands, for the artist. Spam is not the artist's business: it reads "Received". */
export const artistStatusLabel: Record<InquiryStatus, string> = {
  NEW: "Received",
  CONTACTED: "In conversation",
  QUOTED: "Quote sent",
  BOOKED: "Booked",
  WON: "Booked",
  LOST: "Closed",
  ARCHIVED: "Closed",
  SPAM: "Received",
};

export const artistStatusExplanation: Record<InquiryStatus, string> = {
  NEW: "We have your inquiry and will be in touch soon.",
  CONTACTED: "We are talking it through with you by email or phone.",
  QUOTED: "We have sent you a quote. Reply to it with any questions.",
  BOOKED: "Your sessions are booked. The details are below.",
  WON: "Your sessions are booked. The details are below.",
  LOST: "This inquiry is closed. Write to us any time if you want to pick it up again.",
  ARCHIVED: "This inquiry is closed. Write to us any time if you want to pick it up again.",
  SPAM: "We have your inquiry and will be in touch soon.",
};

/** Expired holds are not shown at all. */
export const artistSessionStatusLabel: Record<Exclude<BookingStatus, "EXPIRED">, string> = {
  HOLD: "Pencilled in (not confirmed yet)",
  CONFIRMED: "Confirmed",
  CANCELLED: "Cancelled",
};

/** "You asked us to …" */
export const artistRequestVerb: Record<ArtistRequestKind, string> = {
  CANCEL: "cancel",
  MOVE: "move",
};
