// A strict CSV reader for tests of what the app writes; not a general-purpose parser.

/** A strict RFC 4180 reader for the tests: every field must be quoted, as csvCell writes them. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '"') throw new Error(`Unquoted field at ${i}`);
    let field = "";
    for (i++; ; i++) {
      if (i >= text.length) throw new Error("Unterminated field");
      if (text[i] === '"' && text[i + 1] === '"') field += text[i++];
      else if (text[i] === '"') break;
      else field += text[i];
    }
    row.push(field);
    i++;
    if (text[i] === ",") i++;
    else if (text.startsWith("\r\n", i) || i === text.length) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`Unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return rows;
}
