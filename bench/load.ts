import { performance } from "node:perf_hooks";

/** One request's outcome as the load loop sees it. */
export interface Outcome {
  status: number;
  body: string;
}

/** Latency figures in milliseconds. */
export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/** What a closed-loop run measured (the warm-up excluded). */
export interface LoadResult {
  name: string;
  clients: number;
  seconds: number;
  requests: number;
  /** Every request sent, the warm-up's included. */
  sent: number;
  rps: number;
  latencyMs: Latency;
  statuses: Record<string, number>;
  failures: number;
  firstFailure?: string;
}

/** The q-quantile (0..1) of sorted numbers, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export function latencyOf(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    p50: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    p99: round(quantile(sorted, 0.99)),
    mean: round(sorted.reduce((s, n) => s + n, 0) / Math.max(sorted.length, 1)),
    max: round(sorted[sorted.length - 1] ?? NaN),
  };
}

/**
 * `clients` loops, each sending its next request as soon as the previous one is answered, for
 * `warmupMs` (not counted) and then `durationMs`. Only requests started after the warm-up count;
 * throughput is those requests over the time from the end of the warm-up to the last answer.
 * A request is a failure unless `ok(status)`; a thrown fetch is a failure too.
 */
export async function closedLoop(options: {
  name: string;
  clients: number;
  warmupMs: number;
  durationMs: number;
  send: (sequence: number) => Promise<Outcome>;
  ok: (status: number) => boolean;
}): Promise<LoadResult> {
  const { clients, warmupMs, durationMs, send, ok } = options;
  const start = performance.now();
  const measureFrom = start + warmupMs;
  const stopAt = measureFrom + durationMs;
  const samples: number[] = [];
  const statuses: Record<string, number> = {};
  let failures = 0;
  let firstFailure: string | undefined;
  let sequence = 0;
  let lastAnswer = measureFrom;

  const loop = async () => {
    for (;;) {
      const t0 = performance.now();
      if (t0 >= stopAt) return;
      const counted = t0 >= measureFrom;
      let outcome: Outcome;
      try {
        outcome = await send(sequence++);
      } catch (error) {
        outcome = { status: 0, body: String((error as Error)?.cause ?? error) };
      }
      const t1 = performance.now();
      if (!counted) {
        if (!ok(outcome.status)) {
          failures++;
          firstFailure ??= `warm-up: ${outcome.status} ${outcome.body.slice(0, 300)}`;
        }
        continue;
      }
      samples.push(t1 - t0);
      lastAnswer = Math.max(lastAnswer, t1);
      statuses[outcome.status] = (statuses[outcome.status] ?? 0) + 1;
      if (!ok(outcome.status)) {
        failures++;
        firstFailure ??= `${outcome.status} ${outcome.body.slice(0, 300)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, loop));

  const seconds = (lastAnswer - measureFrom) / 1000;
  return {
    name: options.name,
    clients,
    seconds: Math.round(seconds * 100) / 100,
    requests: samples.length,
    sent: sequence,
    rps: Math.round((samples.length / seconds) * 10) / 10,
    latencyMs: latencyOf(samples),
    statuses,
    failures,
    ...(firstFailure ? { firstFailure } : {}),
  };
}

/** Runs `fn` over items with at most `concurrency` at once; the first error rejects. */
export async function inPool<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** A request timed by `timeInterleaved`. */
export interface Timed {
  name: string;
  get: () => Promise<{ status: number; body: Uint8Array }>;
}

/** What `timeInterleaved` measured for one request. */
export interface TimedResult {
  name: string;
  medianMs: number;
  /** Nearest rank: with 10 runs, the slowest. */
  p95Ms: number;
  minMs: number;
  maxMs: number;
  bytes: number;
  samplesMs: number[];
  /** The last answer's body. */
  body: Uint8Array;
}

/**
 * Sequential timing of several GETs, one at a time: `warmup` untimed rounds, then `runs` rounds,
 * each round sending every request once in turn (interleaved, so that drift and noise from the
 * machine fall alike on all of them and their differences mean something). Anything but 200 throws.
 */
export async function timeInterleaved(requests: readonly Timed[], warmup: number, runs: number): Promise<TimedResult[]> {
  const samples = requests.map(() => [] as number[]);
  const last: Uint8Array[] = requests.map(() => new Uint8Array());
  for (let round = 0; round < warmup + runs; round++) {
    for (const [i, request] of requests.entries()) {
      const t0 = performance.now();
      const { status, body } = await request.get();
      const t1 = performance.now();
      if (status !== 200) throw new Error(`${request.name}: expected 200, got ${status}: ${new TextDecoder().decode(body.slice(0, 300))}`);
      last[i] = body;
      if (round >= warmup) samples[i]!.push(t1 - t0);
    }
  }
  const round2 = (n: number) => Math.round(n * 100) / 100;
  return requests.map((request, i) => {
    const sorted = [...samples[i]!].sort((a, b) => a - b);
    const middle = sorted.length / 2;
    const median = sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    return {
      name: request.name,
      medianMs: round2(median),
      p95Ms: round2(quantile(sorted, 0.95)),
      minMs: round2(sorted[0]!),
      maxMs: round2(sorted[sorted.length - 1]!),
      bytes: last[i]!.byteLength,
      samplesMs: samples[i]!.map((s) => Math.round(s * 10) / 10),
      body: last[i]!,
    };
  });
}
