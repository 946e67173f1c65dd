/** A one-line progress bar on stderr; on a non-terminal, a line at every tenth. */
export function createProgressBar(total: number, label: string) {
  const width = 30;
  let lastTenth = -1;
  return {
    update(done: number) {
      const fraction = total === 0 ? 1 : Math.min(done / total, 1);
      if (process.stderr.isTTY) {
        const filled = Math.round(fraction * width);
        const bar = "█".repeat(filled) + "░".repeat(width - filled);
        process.stderr.write(`\r${label} ${bar} ${Math.round(fraction * 100)}% (${done}/${total})`);
        if (done >= total) process.stderr.write("\n");
        return;
      }
      const tenth = Math.floor(fraction * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        process.stderr.write(`${label} ${tenth * 10}% (${done}/${total})\n`);
      }
    },
  };
}
