/**
 * The bench's server process (started by bench/run.ts, not by hand): the bench worker on local
 * workerd through wrangler's own dev machinery (`unstable_startWorker`, what `wrangler dev` runs),
 * with local D1 persisted to the bench's throwaway directory, no file watching (the code is bundled
 * once, at start) and, unless BENCH_INSPECTOR=1, no inspector.
 *
 * Why no inspector: `wrangler dev` always attaches one with network events on, so every D1 query
 * (a subrequest to the local D1 object) sends four events through wrangler's Node process, which
 * logs each to a debug file. That costs more than the query and is absent when deployed.
 *
 * Prints `READY <url>` once listening; SIGTERM or SIGINT disposes of the worker and exits.
 * Arguments: <config> <port> <persist dir> <admin token>.
 */
import { unstable_startWorker } from "wrangler";

const [config, port, persist, adminToken] = process.argv.slice(2);
if (!config || !port || !persist || !adminToken) {
  console.error("usage: serve.ts <config> <port> <persist dir> <admin token>");
  process.exit(2);
}
const inspector = process.env.BENCH_INSPECTOR === "1";

const worker = await unstable_startWorker({
  config,
  bindings: { ADMIN_TOKEN: { type: "plain_text", value: adminToken } },
  dev: {
    remote: false,
    persist,
    watch: false,
    liveReload: false,
    logLevel: "warn",
    server: { hostname: "127.0.0.1", port: Number(port) },
    inspector: inspector ? { hostname: "127.0.0.1", port: 0 } : false,
  },
});
await worker.ready;
const url = await worker.url;
console.log(`READY ${url.origin}`);

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
