// Time from `npm run dev` to the first 200 on `/`, warm (the second start on the same data
// folder and compile cache), beside the production server (`npm start`) started the same way.
import { startAndTimeFirst200 } from "./support/server-process";
import { ms, printTable } from "./support/report";

const PORT = "3200";
const env = { PORT, DATABASE_URL: "", EMBEDDED_DATABASE_DIR: ".data/bench-postgres", EMBEDDED_DATABASE_PORT: "54359" };
const url = `http://127.0.0.1:${PORT}/`;

export async function benchStartup() {
  const runs = async (script: string, count: number) => {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const server = await startAndTimeFirst200(script, url, env);
      times.push(server.firstOkMs);
      await server.stop();
    }
    return times;
  };
  const [coldDev, ...warmDev] = await runs("dev", 3);
  const production = await runs("start", 2);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const warm = median(warmDev);
  const prod = median(production);
  printTable("Start-up: command to first 200 on / (embedded database)", [
    { name: "npm run dev, first run (new data folder)", value: ms(coldDev) },
    { name: "npm run dev, warm (median of 2)", value: ms(warm), ratio: `${(warm / prod).toFixed(2)}x production` },
    { name: "npm start, baseline (median of 2)", value: ms(prod), ratio: "1.00x" },
  ]);
}
