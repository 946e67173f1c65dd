// The production HTTP server behind `npm start`: Next.js's request handler on a plain Node
// server, so the address that actually connected is recorded. `next start` keeps whatever
// X-Forwarded-For a client sends, which would let anyone choose their own rate-limit bucket;
// here the peer address is always appended, and lib/inquiries/client-ip.ts reads the entry
// TRUST_PROXY_HOPS places from the end (0: no proxy in front, the peer itself).
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

const server = createServer((request, response) => {
  const peer = request.socket.remoteAddress ?? "unknown";
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
  handle(request, response);
});
server.listen(port, hostname, () => console.log(`Ready on http://${hostname ?? "localhost"}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    // Finish the requests in flight, then exit; never hang on a keep-alive client.
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
