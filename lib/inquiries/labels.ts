// Human wording for the inquiry's enums, shared by the form, the chooser, the emails and the admin.
import type { InquiryStatus } from "../generated/prisma/client";
import type { BUDGET_RANGES, PROJECT_TYPES, ROLES_NEEDED } from "./inquiry-schema";

type RoleNeeded = (typeof ROLES_NEEDED)[number];

export const roleOptions: Record<RoleNeeded, { label: string; explanation: string; learnMore: string }> = {
  ENGINEER: {
    label: "A recording engineer",
    explanation: "You know how the record should sound and need it captured cleanly.",
    learnMore: "/roles/recording-engineer",
  },
  PRODUCER: {
    label: "A music producer",
    explanation: "You want creative guidance: the sound, the songs, the performances.",
    learnMore: "/roles/music-producer",
  },
  BOTH: {
    label: "Both",
    explanation: "A full project: a producer to lead and an engineer to capture.",
    learnMore: "/roles/engineer-vs-producer",
  },
  UNSURE: {
    label: "Not sure yet",
    explanation: "Tell us about the project and we will help you decide.",
    learnMore: "/roles/engineer-vs-producer",
  },
};

/** Short role names for subjects and tables. */
export const roleShortLabel: Record<RoleNeeded, string> = {
  ENGINEER: "Engineer",
  PRODUCER: "Producer",
  BOTH: "Engineer and producer",
  UNSURE: "Not sure yet",
};

export const projectTypeLabel: Record<(typeof PROJECT_TYPES)[number], string> = {
  SINGLE: "Single",
  EP: "EP",
  ALBUM: "Album",
  OTHER: "Other",
};

export const budgetRangeLabel: Record<(typeof BUDGET_RANGES)[number], string> = {
  UNDER_1K: "Under £1,000",
  FROM_1K_TO_3K: "£1,000 to £3,000",
  FROM_3K_TO_10K: "£3,000 to £10,000",
  OVER_10K: "Over £10,000",
  NOT_SURE: "Not sure yet",
};

/** A lead's place in the pipeline, as staff see it (allowed moves: lib/leads/lead-status-transitions.ts). */
export const inquiryStatusLabel: Record<InquiryStatus, string> = {
  NEW: "New",
  CONTACTED: "Contacted",
  QUOTED: "Quoted",
  BOOKED: "Booked",
  WON: "Won",
  LOST: "Lost",
  SPAM: "Spam",
  ARCHIVED: "Archived",
};

/** How long the studio usually takes to answer; said on the thanks page and in emails. */
export const usualResponseTime = "one working day";
