// Reads a PDF back as text with poppler's pdftotext (poppler-utils; CI installs it), as a
// person's PDF viewer would when they search or copy: what it prints is what the file says.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "studio-desk-pdf-"));
  try {
    const file = path.join(dir, "document.pdf");
    await writeFile(file, pdf);
    // Rejects on a non-zero exit: a file pdftotext cannot read fails the test here.
    const { stdout } = await run("pdftotext", ["-enc", "UTF-8", "-layout", file, "-"]);
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
