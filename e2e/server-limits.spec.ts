// What anonymous callers can cost the production server: the readiness probe's database
// connections, and connections held open by clients that send one byte at a time.
import { connect } from "node:net";
import { expect, test } from "@playwright/test";
import { READINESS_APPLICATION_NAME } from "../lib/database/check-database-ready";
import { projectDatabase } from "./support/staff";

test("twenty callers of /api/ready at once share one database probe", async ({ request }) => {
  const db = await projectDatabase();
  const probeConnections = async () =>
    // The probe's connections carry its name; its one query tells them apart however they are named.
    Number(
      (
        await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity
          WHERE datname = current_database() AND (application_name = ${READINESS_APPLICATION_NAME} OR query = 'SELECT 1')`
      )[0].n,
    );
  await new Promise((resolve) => setTimeout(resolve, 1_100)); // past any probe shared with earlier callers
  let burst = true;
  let most = 0;
  const watching = (async () => {
    for (let i = 0; i < 500 && burst; i++) most = Math.max(most, await probeConnections());
  })();
  const answers = await Promise.all(Array.from({ length: 20 }, () => request.get("/api/ready")));
  burst = false;
  await watching;
  expect(answers.map((answer) => answer.status())).toEqual(Array(20).fill(200));
  expect(most).toBeLessThanOrEqual(1);
});

/** Opens a raw connection, sends `head` and then one byte every 1.5 s; resolves with how it ended. */
function trickle(port: number, head: string, { giveUpAfterMs }: { giveUpAfterMs: number }) {
  return new Promise<{ closedByServer: boolean; answer: string; seconds: number }>((resolve) => {
    const started = Date.now();
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    let timer: NodeJS.Timeout | undefined;
    const finish = (closedByServer: boolean) => {
      clearInterval(timer);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ closedByServer, answer, seconds: Math.round((Date.now() - started) / 1000) });
    };
    const giveUp = setTimeout(() => finish(false), giveUpAfterMs);
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("close", () => finish(true));
    socket.on("error", () => {});
    socket.on("connect", () => {
      socket.write(head);
      timer = setInterval(() => socket.writable && socket.write("a"), 1_500);
    });
  });
}

test("clients that send one byte at a time are cut off", async ({ baseURL }) => {
  test.skip(test.info().project.name !== "embedded", "the HTTP server is the same for every database");
  test.setTimeout(70_000);
  const port = Number(new URL(baseURL!).port);
  const [slowHeaders, slowBody] = await Promise.all([
    trickle(port, "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", { giveUpAfterMs: 25_000 }),
    trickle(port, "POST /api/inquiries HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{", { giveUpAfterMs: 50_000 }),
  ]);
  // Headers get 10 s and a whole request 30 s (scripts/serve.mjs); Node answers 408 and hangs up.
  expect(slowHeaders, "slow headers").toMatchObject({ closedByServer: true });
  expect(slowHeaders.answer).toMatch(/^HTTP\/1\.1 408/);
  expect(slowBody, "slow body").toMatchObject({ closedByServer: true });
  expect(slowBody.answer).toMatch(/^HTTP\/1\.1 408/);
});
