// The shape of `sessionRequest` on POST /api/inquiries (and the inquiry form's "when" step):
// one room and 1–10 blocks of time, each an ISO 8601 instant pair. Whether the blocks are what
// the room sells, on open days, is checked against the rate card afterwards
// (check-session-request.ts); this only makes sure they are well-formed, in the future and apart.
import { z } from "zod";
import { isUuid } from "../validation/is-uuid";
import { parseInstant } from "../validation/parse-instant";

export const MAX_SESSION_BLOCKS = 10;
/** How far ahead time can be asked for: the calendar shows two months; a lockout may be planned further out. */
export const SESSION_REQUEST_HORIZON_DAYS = 365;

export type SessionRequestBlock = { start: string; end: string };
export type SessionRequest = { roomId: string; blocks: SessionRequestBlock[] };

const DAY_MS = 86_400_000;
/** The longest block any offer books: a day's opening hours, on the day the clocks go back. */
const MAX_BLOCK_MS = 25 * 3_600_000;
/** How messages name a block: "The requested time" alone, else "Requested time 2". */
export const blockLabel = (index: number, count: number) => (count === 1 ? "The requested time" : `Requested time ${index + 1}`);

export const sessionRequestField = z
  .unknown()
  .optional()
  .transform((value, context): SessionRequest | undefined => {
    if (value === undefined || value === null) return undefined;
    const refuse = (message: string) => {
      context.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    if (typeof value !== "object" || Array.isArray(value)) return refuse("The session request must be an object with a roomId and blocks");
    const { roomId, blocks } = value as Record<string, unknown>;
    if (typeof roomId !== "string" || !isUuid(roomId)) return refuse("The session request needs the id of one of the studio's rooms");
    if (!Array.isArray(blocks) || blocks.length === 0) return refuse("The session request needs at least one block of time");
    if (blocks.length > MAX_SESSION_BLOCKS) return refuse(`Ask for at most ${MAX_SESSION_BLOCKS} blocks of time in one inquiry`);

    const now = Date.now();
    const parsed: { start: number; end: number; index: number }[] = [];
    const problems: string[] = [];
    blocks.forEach((block, index) => {
      const label = blockLabel(index, blocks.length);
      const { start: rawStart, end: rawEnd } = (typeof block === "object" && block !== null ? block : {}) as Record<string, unknown>;
      const start = parseInstant(rawStart);
      const end = parseInstant(rawEnd);
      if (start === null || end === null) return problems.push(`${label} needs a start and an end with their zone, like 2026-12-01T10:00:00Z`);
      if (end <= start) return problems.push(`${label} must end after it starts`);
      if (start <= now) return problems.push(`${label} has already started or passed; pick a later one`);
      if (start > now + SESSION_REQUEST_HORIZON_DAYS * DAY_MS) return problems.push(`${label} is more than a year away`);
      if (end - start > MAX_BLOCK_MS) return problems.push(`${label} is longer than a day; ask for each day as its own block`);
      parsed.push({ start, end, index });
    });
    const sorted = [...parsed].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      const [earlier, later] = [sorted[i - 1]!, sorted[i]!];
      if (later.start < earlier.end) problems.push(`${blockLabel(later.index, blocks.length)} overlaps ${blockLabel(earlier.index, blocks.length).toLowerCase()}`);
    }
    for (const message of problems) context.addIssue({ code: "custom", message });
    if (problems.length > 0) return z.NEVER;
    return { roomId: roomId.toLowerCase(), blocks: sorted.map(({ start, end }) => ({ start: new Date(start).toISOString(), end: new Date(end).toISOString() })) };
  });
