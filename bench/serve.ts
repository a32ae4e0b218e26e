/**
 * The bench's server process (started by bench/run.ts, not by hand): the bench worker on local
 * workerd through scripts/local-worker.ts, with local D1 persisted to the bench's throwaway
 * directory (migrated and seeded by bench/run.ts beforehand) and, unless BENCH_INSPECTOR=1, no
 * inspector (why: see scripts/local-worker.ts).
 *
 * Prints `READY <url>` once listening; SIGTERM or SIGINT disposes of the worker and exits.
 * Arguments: <config> <port> <persist dir> <admin token>.
 */
import { startLocalWorker } from "../scripts/local-worker.ts";

const [config, port, persist, adminToken] = process.argv.slice(2);
if (!config || !port || !persist || !adminToken) {
  console.error("usage: serve.ts <config> <port> <persist dir> <admin token>");
  process.exit(2);
}

const worker = await startLocalWorker({
  config,
  persist,
  adminToken,
  port: Number(port),
  inspector: process.env.BENCH_INSPECTOR === "1",
});
console.log(`READY ${worker.origin}`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  try {
    await worker.dispose();
  } finally {
    process.exit(0);
  }
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
