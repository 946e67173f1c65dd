// A real SMTP server on loopback for tests: it records every message it accepts (parsed with
// postal-mime) and can be told to refuse mail, or be stopped and started again on the same
// port, to stage an outage.
import PostalMime, { type Email } from "postal-mime";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { envelopeTo: string[]; raw: string; parsed: Email };

export class SmtpTestServer {
  readonly received: ReceivedMail[] = [];
  /** While true, every message is answered with a temporary failure (451). */
  refusing = false;
  /** When set, every recipient is refused with this code (550: no such mailbox). */
  rejectRecipientsWith: number | null = null;
  /** How long to take over each message before accepting it: a slow server, so a backlog lasts. */
  acceptDelayMs = 0;
  /**
   * False for a sink that only counts what it accepts (benchmarks: a real mail server runs
   * elsewhere, and parsing every message here would take the CPU the sender is measured on).
   */
  keepMessages = true;
  /** How many messages it has accepted, kept or not. */
  accepted = 0;
  private server: SMTPServer | null = null;

  constructor(
    public port = 0,
    /** Called with each accepted message (the end-to-end mail catcher writes them to files). */
    private readonly onReceived?: (mail: ReceivedMail) => void,
  ) {}

  get url() {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    const server = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      disableReverseLookup: true, // no DNS on these machines: each lookup would wait for a timeout
      closeTimeout: 200, // stop() cuts idle pooled client connections instead of waiting 30 s for them
      logger: false,
      onRcptTo: (_address, _session, callback) => {
        if (this.rejectRecipientsWith === null) return callback();
        callback(Object.assign(new Error("No such mailbox here"), { responseCode: this.rejectRecipientsWith }));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", async () => {
          if (this.acceptDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.acceptDelayMs));
          if (this.refusing) return callback(Object.assign(new Error("Mailbox temporarily unavailable"), { responseCode: 451 }));
          this.accepted++;
          if (!this.keepMessages) return callback();
          const raw = Buffer.concat(chunks).toString("utf8");
          const mail = { envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw, parsed: await PostalMime.parse(raw) };
          this.received.push(mail);
          this.onReceived?.(mail);
          callback();
        });
      },
    });
    // A client that vanishes mid-conversation (a sender killed with SIGKILL) resets its
    // connection; that is the client's failure to report, not this server's.
    server.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "ECONNRESET" && error.code !== "EPIPE") console.error("[smtp-test-server]", error);
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.port = (server.server.address() as { port: number }).port;
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Messages received for one recipient. */
  to(address: string) {
    return this.received.filter((mail) => mail.envelopeTo.includes(address));
  }
}
