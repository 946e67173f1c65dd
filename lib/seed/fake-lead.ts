// Realistic, varied leads for demos and volume tests. Deterministic for a given seed so that a
// benchmark run on one machine is comparable with the next.
import type { Prisma } from "../generated/prisma/client";
import { generateReference } from "../inquiries/generate-reference";

const FIRST_NAMES = ["Ava", "Kofi", "Mei", "Luca", "Priya", "Tomasz", "Zara", "Jonah", "Ines", "Dev", "Maya", "Olu", "Freya", "Rafael", "Noor", "Elliot", "Sasha", "Kenji", "Amara", "Finn"];
const LAST_NAMES = ["Okafor", "Lindqvist", "Chen", "Moretti", "Sharma", "Nowak", "Haddad", "Brennan", "Costa", "Patel", "Adeyemi", "Walsh", "Kowalski", "Duarte", "Nakamura", "Mensah", "Byrne", "Rossi", "Ibrahim", "Fischer"];
const BAND_WORDS = ["Velvet", "Harbour", "Static", "Paper", "Northern", "Glass", "Copper", "Midnight", "Wild", "Quiet", "Neon", "Salt", "Hollow", "Golden", "Analog"];
const BAND_NOUNS = ["Lights", "Foxes", "Tides", "Engines", "Orchard", "Radio", "Choir", "Motel", "Rivers", "Satellites", "Ghosts", "Gardens"];
const GENRES = ["indie rock", "folk", "soul", "hip-hop", "jazz", "electronic", "pop", "punk", "r&b", "country", "metal", "ambient", "afrobeats", "singer-songwriter"];
const ROLES = ["ENGINEER", "PRODUCER", "BOTH", "UNSURE"] as const;
const STATUSES = ["NEW", "NEW", "NEW", "CONTACTED", "QUOTED", "BOOKED", "WON", "LOST", "ARCHIVED"] as const;
const PROJECTS = ["SINGLE", "EP", "ALBUM", "OTHER"] as const;
const BUDGETS = ["UNDER_1K", "FROM_1K_TO_3K", "FROM_3K_TO_10K", "OVER_10K", "NOT_SURE"] as const;
const MESSAGES = [
  "We've rehearsed these songs for a year and know exactly how they should sound. We need someone to capture them cleanly.",
  "I have demos recorded on my laptop but the arrangements feel unfinished. Looking for help finding the sound.",
  "First time in a studio. Not sure whether we need a producer or just an engineer. Can we talk it through?",
  "Live band, want to track mostly together in one room, then overdub vocals. Mixing too if possible.",
  "I write on acoustic guitar and want the songs fleshed out with a band sound. Open to ideas on structure.",
  "We need two days of drums and bass tracking; we'll do guitars and vocals at home.",
  "Looking for a producer to help shape a debut EP and keep us on schedule for a spring release.",
];

/** A small fast PRNG (mulberry32): deterministic sequences from a numeric seed. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return { next, pick };
}

const DAY_MS = 86_400_000;

/** One lead created within the last `spreadDays` days of `now`. */
export function fakeLead(random: ReturnType<typeof createRandom>, now: Date, spreadDays = 365): Prisma.InquiryCreateManyInput {
  const { next, pick } = random;
  const first = pick(FIRST_NAMES);
  const last = pick(LAST_NAMES);
  const createdAt = new Date(now.getTime() - Math.floor(next() * spreadDays * DAY_MS));
  const projectType = pick(PROJECTS);
  const start = new Date(createdAt.getTime() + Math.floor(14 + next() * 90) * DAY_MS);
  const isBand = next() < 0.6;
  const genres = [pick(GENRES), ...(next() < 0.5 ? [pick(GENRES)] : [])];
  return {
    reference: generateReference(),
    roleNeeded: pick(ROLES),
    status: pick(STATUSES),
    name: `${first} ${last}`,
    email: `${first}.${last}.${Math.floor(next() * 1e6)}@example.com`.toLowerCase(),
    phone: next() < 0.5 ? `+44 7700 ${String(Math.floor(next() * 1e6)).padStart(6, "0")}` : null,
    artistName: isBand ? `${pick(BAND_WORDS)} ${pick(BAND_NOUNS)}` : `${first} ${last}`,
    projectType,
    songCount: projectType === "SINGLE" ? 1 : projectType === "EP" ? 4 + Math.floor(next() * 3) : projectType === "ALBUM" ? 9 + Math.floor(next() * 5) : null,
    genres: [...new Set(genres)],
    referenceLinks: next() < 0.4 ? [`https://example.com/listen/${Math.floor(next() * 1e6)}`] : [],
    budgetRange: pick(BUDGETS),
    targetStartOn: start,
    targetFinishOn: new Date(start.getTime() + Math.floor(7 + next() * 60) * DAY_MS),
    message: pick(MESSAGES),
    consentedAt: createdAt,
    createdAt,
    updatedAt: createdAt,
  };
}
