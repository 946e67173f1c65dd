import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { promptPassword } from "./prompt-password";

/** A fake terminal: what the test types goes to `input`; everything the prompt draws is kept. */
function terminal() {
  const input = new PassThrough();
  const output = new PassThrough();
  let drawn = "";
  output.on("data", (chunk: Buffer) => (drawn += chunk.toString("utf8")));
  /** Each part arrives as one chunk, as a terminal sends a key press or a paste. */
  const type = async (...parts: string[]) => {
    for (const part of parts) await new Promise<void>((resolve) => setTimeout(() => input.write(part, () => resolve()), 5));
  };
  return { input, output, type, drawn: () => drawn };
}

describe("promptPassword", () => {
  it("answers what was typed without echoing it, with line editing and paste", async () => {
    const tty = terminal();
    const answer = promptPassword("Password", tty);
    // A paste, then the left arrow twice, a character inserted there, and Enter.
    await tty.type("correct horse battery stale", "\u001b[D", "\u001b[D", "p", "\r");
    await expect(answer).resolves.toBe("correct horse battery staple");
    expect(tty.drawn()).not.toContain("horse");
  });

  it("refuses with a clear message when the input ends (Ctrl-D)", async () => {
    const tty = terminal();
    const answer = promptPassword("Password", tty);
    await tty.type("\u0004");
    await expect(answer).rejects.toThrow("The input ended before a password was entered; nothing was changed.");
  });

  it("refuses with a clear message when the input closes", async () => {
    const tty = terminal();
    const answer = promptPassword("Password", tty);
    setImmediate(() => tty.input.end());
    await expect(answer).rejects.toThrow("The input ended before a password was entered; nothing was changed.");
  });

  it("refuses with a clear message on Ctrl-C", async () => {
    const tty = terminal();
    const answer = promptPassword("Password", tty);
    await tty.type("\u0003");
    await expect(answer).rejects.toThrow("Cancelled; nothing was changed.");
  });
});
