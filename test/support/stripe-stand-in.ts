// A STAND-IN for Stripe's API, for tests. It is NOT Stripe: a small node:http server on
// 127.0.0.1 (a free port) that answers the three calls the app makes, with the JSON shapes
// Stripe's API reference documents, so the official SDK can be pointed at it (STRIPE_API_BASE)
// and exercised without the internet:
//   POST /v1/checkout/sessions      -> a checkout.session (status "open", payment_status "unpaid")
//   GET  /v1/checkout/sessions/:id  -> that session, or 404 resource_missing
//   POST /v1/refunds                -> a refund (status "succeeded")
// Like Stripe, it takes form-encoded bodies (`line_items[0][price_data][currency]=gbp`), refuses
// a request without the expected `Authorization: Bearer <secret key>` (401), and answers a
// repeated Idempotency-Key with the first answer (or 400 idempotency_error when the parameters
// differ). It records every request it receives. What it does not do: take payments, send
// webhooks, or check anything Stripe would check beyond the few required parameters.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type StandInRequest = { method: string; path: string; idempotencyKey: string | null; params: Record<string, unknown> };
type Answer = { status: number; body: unknown };
type Session = Record<string, unknown> & { id: string };

export class StripeStandIn {
  readonly requests: StandInRequest[] = [];
  readonly sessions = new Map<string, Session>();
  private readonly replies = new Map<string, { fingerprint: string; answer: Answer }>();
  private failures: Answer[] = [];
  private server: Server | null = null;
  private base = "";

  constructor(readonly secretKey = `sk_test_standin${randomBytes(6).toString("hex")}`) {}

  /** http://127.0.0.1:<port>, for STRIPE_API_BASE. */
  get url(): string {
    return this.base;
  }

  async start(): Promise<this> {
    const server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
    this.server = server;
    this.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The next `count` requests fail as Stripe's API does when it has a problem (500 api_error, not to be retried). */
  failNext(count = 1, message = "The stand-in was told to fail this request."): void {
    for (let i = 0; i < count; i++) this.failures.push({ status: 500, body: { error: { type: "api_error", message } } });
  }

  /** Marks a session paid, as Stripe does once the artist has paid on its page. */
  completeSession(id: string): Session {
    const session = this.sessions.get(id);
    if (!session) throw new Error(`the stand-in has no session ${id}`);
    Object.assign(session, { status: "complete", payment_status: "paid", payment_intent: `pi_${randomBytes(12).toString("hex")}` });
    return session;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const method = request.method ?? "GET";
    const path = new URL(request.url ?? "/", "http://stand-in").pathname;
    const idempotencyKey = header(request, "idempotency-key");
    const params = parseForm(body);
    this.requests.push({ method, path, idempotencyKey, params });

    const send = ({ status, body: answer }: Answer, replayed = false) => {
      response.writeHead(status, {
        "content-type": "application/json",
        "request-id": `req_${randomBytes(8).toString("hex")}`,
        ...(status >= 500 ? { "stripe-should-retry": "false" } : {}),
        ...(replayed ? { "idempotent-replayed": "true" } : {}),
        ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}),
      });
      response.end(JSON.stringify(answer));
    };
    if (header(request, "authorization") !== `Bearer ${this.secretKey}`) {
      return send({ status: 401, body: { error: { type: "invalid_request_error", message: "Invalid API Key provided." } } });
    }
    const fingerprint = `${method} ${path} ${body}`;
    const known = idempotencyKey ? this.replies.get(idempotencyKey) : undefined;
    if (known) {
      if (known.fingerprint === fingerprint) return send(known.answer, true);
      return send({ status: 400, body: { error: { type: "idempotency_error", message: "Keys for idempotent requests can only be used with the same parameters they were first used with." } } });
    }
    // A failure is answered before the request "executes", so (as at Stripe) it is not saved under the key.
    const failure = this.failures.shift();
    if (failure) return send(failure);
    const answer = this.route(method, path, params);
    if (idempotencyKey && method === "POST") this.replies.set(idempotencyKey, { fingerprint, answer });
    send(answer);
  }

  private route(method: string, path: string, params: Record<string, unknown>): Answer {
    if (method === "POST" && path === "/v1/checkout/sessions") return this.createSession(params);
    const retrieve = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path);
    if (method === "GET" && retrieve) {
      const session = this.sessions.get(decodeURIComponent(retrieve[1]!));
      return session ? { status: 200, body: session } : missing("checkout.session", retrieve[1]!);
    }
    if (method === "POST" && path === "/v1/refunds") return this.createRefund(params);
    return { status: 404, body: { error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path}).` } } };
  }

  private createSession(params: Record<string, unknown>): Answer {
    const items = (params.line_items ?? []) as { quantity?: string; price_data?: { currency?: string; unit_amount?: string } }[];
    if (params.mode !== "payment" || !params.success_url || items.length === 0) return invalid("mode, success_url and line_items are required in this stand-in");
    const currency = items[0]?.price_data?.currency;
    const total = items.reduce((sum, item) => sum + Number(item.price_data?.unit_amount ?? 0) * Number(item.quantity ?? 1), 0);
    const created = Math.floor(Date.now() / 1000);
    const id = `cs_test_${randomBytes(12).toString("hex")}`;
    const session: Session = {
      id,
      object: "checkout.session",
      amount_subtotal: total,
      amount_total: total,
      cancel_url: params.cancel_url ?? null,
      client_reference_id: params.client_reference_id ?? null,
      created,
      currency,
      customer: null,
      customer_email: params.customer_email ?? null,
      expires_at: created + 24 * 3600,
      livemode: false,
      metadata: params.metadata ?? {},
      mode: "payment",
      payment_intent: null,
      payment_status: "unpaid",
      status: "open",
      success_url: params.success_url,
      url: `${this.base}/c/pay/${id}`,
    };
    this.sessions.set(id, session);
    return { status: 200, body: session };
  }

  private createRefund(params: Record<string, unknown>): Answer {
    if (typeof params.payment_intent !== "string") return invalid("payment_intent is required in this stand-in");
    return {
      status: 200,
      body: {
        id: `re_${randomBytes(12).toString("hex")}`,
        object: "refund",
        amount: Number(params.amount),
        charge: `ch_${randomBytes(12).toString("hex")}`,
        created: Math.floor(Date.now() / 1000),
        currency: "gbp",
        metadata: params.metadata ?? {},
        payment_intent: params.payment_intent,
        reason: null,
        status: "succeeded",
      },
    };
  }
}

function header(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return typeof value === "string" ? value : null;
}

function missing(object: string, id: string): Answer {
  return { status: 404, body: { error: { type: "invalid_request_error", code: "resource_missing", param: "id", message: `No such ${object}: '${id}'` } } };
}

function invalid(message: string): Answer {
  return { status: 400, body: { error: { type: "invalid_request_error", message } } };
}

/** Stripe's form encoding, `a[b][0][c]=1`, back into nested objects and arrays (values stay strings). */
export function parseForm(body: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.split(/\[|\]\[|\]/).filter((part) => part !== "");
    let node: Record<string, unknown> | unknown[] = root;
    path.forEach((part, index) => {
      const last = index === path.length - 1;
      const container = node as Record<string, unknown>;
      if (last) container[part] = value;
      else container[part] ??= /^\d+$/.test(path[index + 1]!) ? [] : {};
      node = container[part] as Record<string, unknown>;
    });
  }
  return root;
}
