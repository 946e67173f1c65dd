/** Prints a small aligned table: one row a figure, with an optional ratio column. */
export function printTable(title: string, rows: { name: string; value: string; ratio?: string }[]) {
  console.log(`\n${title}`);
  const nameWidth = Math.max(...rows.map((row) => row.name.length));
  const valueWidth = Math.max(...rows.map((row) => row.value.length));
  for (const row of rows) {
    console.log(`  ${row.name.padEnd(nameWidth)}  ${row.value.padStart(valueWidth)}${row.ratio ? `  ${row.ratio}` : ""}`);
  }
}

export const ms = (value: number) => `${Math.round(value)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
