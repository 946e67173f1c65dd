// The production HTTP server behind `npm start`: Next.js's request handler on a plain Node
// server, so the address that actually connected is recorded. `next start` keeps whatever
// X-Forwarded-For a client sends, which would let anyone choose their own rate-limit bucket;
// here the peer address is always appended, and lib/security/client-ip.ts reads the entry
// TRUST_PROXY_HOPS places from the end (0: no proxy in front, the peer itself).
//
// It also bounds how long a client may take, so that slow clients (one byte at a time) cannot
// hold connections open until the server runs out of them. Node's own defaults allow a minute for
// the headers and five for the whole request.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";

const { values } = parseArgs({
  options: { hostname: { type: "string", short: "H" }, port: { type: "string", short: "p" } },
  strict: false,
});
const port = Number(values.port ?? 3000);
const hostname = typeof values.hostname === "string" ? values.hostname : undefined;

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

// A proxy in front should keep its idle upstream connections open for less than keepAliveTimeout.
const CONNECTION_LIMITS = {
  headersTimeout: 10_000, // the whole header section
  requestTimeout: 30_000, // the whole request, body included (inquiries are at most 32 KiB)
  keepAliveTimeout: 5_000, // an idle connection between requests
  connectionsCheckingInterval: 1_000, // how often the two timeouts above are checked
};

const server = createServer(CONNECTION_LIMITS, (request, response) => {
  const peer = request.socket.remoteAddress ?? "unknown";
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
  handle(request, response);
});
server.maxRequestsPerSocket = 1_000; // then the client reconnects, spreading load across instances
server.listen(port, hostname, () => console.log(`Ready on http://${hostname ?? "localhost"}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    // Finish the requests in flight and the background work in hand (lib/background/web-process.ts
    // leaves its stop here), then exit; never hang on a keep-alive client or a stuck mail server.
    const backgroundStopped = globalThis.studioDeskStopBackgroundWork?.() ?? Promise.resolve();
    server.close(() => backgroundStopped.finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 20_000).unref();
  });
}
