// The scripts' password prompt, on @inquirer/password: nothing typed is echoed, and readline does
// the line editing (arrow keys, paste). The library leaves its promise unsettled when the input
// ends (Ctrl-D closes readline without an answer), and the process would then end silently with
// status 0; here the end of input is an error the script reports.
import password from "@inquirer/password";
import { UsageError } from "./run-script";

type Streams = { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream };
type Key = { name?: string; ctrl?: boolean };

/** Asks for a password on the terminal; rejects with a UsageError on Ctrl-D, the end of input or Ctrl-C. */
export async function promptPassword(message: string, { input = process.stdin, output = process.stdout }: Streams = {}): Promise<string> {
  const ended = new AbortController();
  const onKeypress = (_text: unknown, key?: Key) => {
    if (key?.ctrl && key.name === "d") ended.abort();
  };
  const onEnd = () => ended.abort();
  input.on("keypress", onKeypress);
  input.once("end", onEnd);
  try {
    return await password({ message }, { input, output, signal: ended.signal });
  } catch (error) {
    if (ended.signal.aborted) throw new UsageError("The input ended before a password was entered; nothing was changed.");
    if (error instanceof Error && error.name === "ExitPromptError") throw new UsageError("Cancelled; nothing was changed.");
    throw error;
  } finally {
    input.off("keypress", onKeypress);
    input.off("end", onEnd);
  }
}
