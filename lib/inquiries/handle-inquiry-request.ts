// POST /api/inquiries, as a plain function of a Request so it can be tested without a server.
// Answers exactly as the public contract says: 201, the same 201 for a replayed key, 400 with
// field errors, 413, 415, 422 for a key reused with another body, 429 with Retry-After.
import { createInquiry, type CreateInquiryContext } from "./create-inquiry";
import { readLimitedBody } from "../http/read-limited-body";
import { ExpectedError, isExpectedError } from "../errors/expected-error";
import { clientIpFrom } from "../security/client-ip";
import type { SessionRequestOutcome } from "../session-requests/hold-session-request";

export const MAX_BODY_BYTES = 32 * 1024;
// Visible ASCII, as header values should be; stored with an "api:" prefix in a 200-character column.
const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,196}$/;

type Dependencies = { context: () => Promise<CreateInquiryContext>; afterCommit: () => void; trustedProxyHops?: number };

export async function handleInquiryRequest(request: Request, { context, afterCommit, trustedProxyHops = 0 }: Dependencies): Promise<Response> {
  const clientIp = clientIpFrom(request.headers, trustedProxyHops);
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    return json(415, { error: "unsupported-media-type", message: "Send the inquiry as application/json." });
  }
  const body = await readLimitedBody(request, MAX_BODY_BYTES);
  if (body === null) return json(413, { error: "too-large", message: `The body must be at most ${MAX_BODY_BYTES} bytes.` });

  let input: unknown;
  try {
    input = JSON.parse(body);
  } catch {
    return invalid({ body: ["The body is not valid JSON."] });
  }
  if (typeof input !== "object" || input === null || Array.isArray(input)) return invalid({ body: ["The body must be a JSON object."] });

  const idempotencyKey = request.headers.get("idempotency-key") ?? undefined;
  if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
    return invalid({ "Idempotency-Key": ["Use 1 to 196 visible ASCII characters."] });
  }

  try {
    const created = await createInquiry(
      { input, idempotencyKey: idempotencyKey && `api:${idempotencyKey}`, clientIp, formSignals: null },
      await context(),
    );
    if (!created.replayed) afterCommit();
    const body = { id: created.id, reference: created.reference, ...(created.sessionRequest ? { sessionRequest: sessionRequestBody(created.sessionRequest) } : {}) };
    return json(201, body, created.replayed ? { "Idempotent-Replayed": "true" } : {});
  } catch (error) {
    if (error instanceof ExpectedError && error.kind === "invalid") return invalid(error.fieldErrors ?? {});
    if (error instanceof ExpectedError && error.kind === "rate-limited") {
      return json(429, { error: "rate-limited", message: error.message }, { "Retry-After": String(error.retryAfterSeconds) });
    }
    if (isExpectedError(error, "idempotency-key-reused")) return json(422, { error: "idempotency-key-reused", message: error.message });
    console.error("[api/inquiries] unexpected failure", { ip: clientIp, idempotencyKey, error });
    return json(500, { error: "internal", message: "Something went wrong on our side. Please try again in a moment." });
  }
}

function sessionRequestBody({ status, holdExpiresAt }: SessionRequestOutcome) {
  return { status, ...(holdExpiresAt ? { holdExpiresAt: holdExpiresAt.toISOString() } : {}) };
}

function invalid(fields: Record<string, string[] | undefined>) {
  return json(400, { error: "invalid", fields });
}

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}
