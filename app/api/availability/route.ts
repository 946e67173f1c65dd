// GET /api/availability: the studio's free blocks and busy times, for its own website and the
// inquiry form alike (the contract is in DESIGN.md and README). Public: it names nobody. CORS is
// open for GET so another site can embed it, and answers may be cached for a few seconds.
import { parseAvailabilityQuery } from "@/lib/availability/availability-query";
import { loadOfferAvailability } from "@/lib/availability/load-offer-availability";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

const CORS = { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, OPTIONS" };
const CACHE_SECONDS = 5;

export async function GET(request: Request) {
  const parsed = parseAvailabilityQuery(new URL(request.url).searchParams);
  if ("fields" in parsed) return answer(400, { error: "invalid", fields: parsed.fields });
  const { from, days, room } = parsed.query;
  try {
    const availability = await loadOfferAvailability(getDb(), { from, days, roomId: room, now: new Date() });
    if (!availability) return answer(400, { error: "invalid", fields: { room: ["This room cannot be booked; use the id of an active room, as the offers list them"] } });
    return answer(200, availability, { "Cache-Control": `public, max-age=${CACHE_SECONDS}` });
  } catch (error) {
    console.error("[api/availability] could not load availability", { from, days, room, error });
    return answer(500, { error: "internal", message: "Availability could not be loaded just now. Please try again in a moment." });
  }
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: { ...CORS, "Access-Control-Max-Age": "86400" } });
}

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...CORS, ...headers } });
}
