/**
 * Issue 13, under load: the last hour before a month's deadline, compressed into 20 s
 * (BENCH_DEADLINE_SECONDS). 100 units (20 departments, 80 communes) registered through the API start
 * one after the other over that time; each sends every form it files for the month, then amends each
 * once, while the central office keeps reading the status, the dossiers report and the consolidated
 * workbook, one after the other. On its own throwaway D1 and worker,
 * 127.0.0.1 only; stops by itself. `npm run bench:deadline` (also part of `npm run bench`).
 *
 * Every answer must be 2xx (a 503 or a dropped connection is resent with the same Idempotency-Key,
 * as the add-in's outbox does, and counted); afterwards every receipt must be stored under its
 * version, and the status must show every unit × form sent. Prints one JSON line; exits 1 on a failure.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { forms as catalogue } from "../shared/forms/catalogue.ts";
import { scaledExample } from "../shared/forms/example.ts";
import { formsFiledBy } from "../shared/forms/filing.ts";
import type { FormDefinition } from "../shared/forms/types.ts";
import { validateSubmission } from "../shared/validation/validate.ts";
import { inPool, latencyOf, type Latency } from "./load.ts";
import { freePort, startServer, wrangler, type Server } from "./wrangler.ts";

export interface DeadlineLoad {
  units: number;
  period: string;
  submissions: number;
  firstVersions: number;
  amendments: number;
  /** Requests resent after a 503 or a dropped connection (same Idempotency-Key). */
  resent: number;
  seconds: number;
  submitsPerSecond: number;
  submit: Latency;
  reads: Record<string, { requests: number; latency: Latency }>;
  /** Answers other than the expected ones, after resending: must be none. */
  errors: string[];
  receiptsChecked: number;
}

const PERIOD = "2026-11";
const here = dirname(fileURLToPath(import.meta.url));

interface Unit { code: string; name: string; level: string; token?: string }

/** A form's example, scaled per unit, with its derived totals filled in as the worker stores them. */
function valuesOf(form: FormDefinition, unit: Unit, k: number) {
  return validateSubmission(form, scaledExample(form, k), { unitName: unit.name, previous: null }).values;
}

export async function benchDeadlineLoad(options: {
  work: string; config: string; adminToken: string; spreadSeconds?: number; onServer?: (stop: () => Promise<void>) => void;
}): Promise<DeadlineLoad> {
  const spreadMs = (options.spreadSeconds ?? 20) * 1000;
  const dir = join(options.work, "deadline");
  mkdirSync(dir, { recursive: true });
  await wrangler(["d1", "migrations", "apply", "baocao-bench", "--local", "--persist-to", dir, "--config", options.config]);
  const server: Server = await startServer([options.config, String(await freePort()), dir, options.adminToken]);
  options.onServer?.(server.stop);
  const errors: string[] = [];
  let resent = 0;
  /** A request as the outbox sends it: resent with the same headers on a 503 or a dropped connection, three times at most. */
  const send = async (method: string, path: string, token: string, body?: unknown, headers: Record<string, string> = {}) => {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(`${server.url}${path}`, {
          method, headers: { Authorization: `Bearer ${token}`, ...(body ? { "Content-Type": "application/json" } : {}), ...headers },
          body: body ? JSON.stringify(body) : undefined,
        });
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (response.status === 503 && attempt < 3) {
          resent++;
          continue;
        }
        return { status: response.status, bytes };
      } catch (error) {
        if (attempt >= 3) throw error;
        resent++;
      }
    }
  };
  const json = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  try {
    const units: Unit[] = [
      ...Array.from({ length: 20 }, (_, i) => ({ code: `DL-S-${String(i + 1).padStart(3, "0")}`, name: `Sở thử hạn chót ${i + 1}`, level: "cap-tinh" })),
      ...Array.from({ length: 80 }, (_, i) => ({ code: `DL-X-${String(i + 1).padStart(3, "0")}`, name: `Xã thử hạn chót ${i + 1}`, level: "cap-xa" })),
    ];
    await inPool(units, 8, async (unit) => {
      const put = await send("PUT", `/api/v1/units/${unit.code}`, options.adminToken, { name: unit.name, level: unit.level, parent: null });
      if (put.status !== 201) throw new Error(`unit ${unit.code}: ${put.status}`);
      const issued = await send("POST", `/api/v1/units/${unit.code}/tokens`, options.adminToken);
      unit.token = json(issued.bytes).token as string;
    });

    // Each unit: every form it files for the month, then each amended once; the units start spread over
    // the run (the last hour before the deadline, compressed), all of them at work in its middle.
    const work = units.map((unit, i) => {
      const filed = formsFiledBy(catalogue, unit.level, "month");
      return {
        unit, startAfterMs: (i / units.length) * spreadMs,
        sends: [
          ...filed.map((form) => ({ form, values: valuesOf(form, unit, 1 + (i % 4)) })),
          ...filed.map((form) => ({ form, values: valuesOf(form, unit, 2 + (i % 4)) })),
        ],
      };
    });
    const receipts: { unit: Unit; formId: string; version: number; receipt: string }[] = [];
    const submitMs: number[] = [];
    const readMs: Record<string, number[]> = { status: [], report: [], workbook: [] };
    let submitting = true;
    const started = performance.now();
    const reader = (async () => {
      const reads: [string, string][] = [
        ["status", `/api/v1/status/${PERIOD}`], ["report", `/api/v1/reports/${PERIOD}/dossiers`], ["workbook", `/api/v1/reports/${PERIOD}.xlsx`],
      ];
      while (submitting) {
        for (const [name, path] of reads) {
          const t = performance.now();
          const answer = await send("GET", path, options.adminToken);
          readMs[name]!.push(performance.now() - t);
          if (answer.status !== 200) errors.push(`GET ${path}: ${answer.status}`);
        }
      }
    })();
    await inPool(work, units.length, async ({ unit, sends, startAfterMs }) => {
      await new Promise((resolve) => setTimeout(resolve, startAfterMs));
      for (const [n, { form, values }] of sends.entries()) {
        const t = performance.now();
        const answer = await send("PUT", `/api/v1/submissions/${PERIOD}/${form.id}/${unit.code}`, unit.token!, { values }, { "Idempotency-Key": `deadline-${unit.code}-${n}` });
        submitMs.push(performance.now() - t);
        if (answer.status !== 201 && answer.status !== 200) {
          errors.push(`PUT ${form.id} ${unit.code}: ${answer.status} ${new TextDecoder().decode(answer.bytes).slice(0, 200)}`);
          continue;
        }
        const receipt = json(answer.bytes) as { receipt: string; version: number };
        receipts.push({ unit, formId: form.id, version: receipt.version, receipt: receipt.receipt });
      }
    });
    const seconds = (performance.now() - started) / 1000;
    submitting = false;
    await reader;

    // Every receipt given is stored under its version; the status shows every unit × form sent.
    let receiptsChecked = 0;
    await inPool(receipts, 16, async ({ unit, formId, version, receipt }) => {
      const stored = await send("GET", `/api/v1/submissions/${PERIOD}/${formId}/${unit.code}/versions/${version}`, unit.token!);
      if (stored.status !== 200 || json(stored.bytes).receipt !== receipt) errors.push(`${formId} ${unit.code} v${version}: receipt ${receipt} not stored (${stored.status})`);
      else receiptsChecked++;
    });
    const status = json((await send("GET", `/api/v1/status/${PERIOD}`, options.adminToken)).bytes) as { units: { code: string; forms: Record<string, { state: string }> }[] };
    for (const { unit, sends } of work) {
      const line = status.units?.find((u) => u.code === unit.code);
      for (const { form } of sends) if (!line || line.forms?.[form.id]?.state === "missing") errors.push(`status: ${unit.code} ${form.id} missing`);
    }
    const amendments = receipts.filter((r) => r.version > 1).length;
    return {
      units: units.length, period: PERIOD, submissions: receipts.length, firstVersions: receipts.length - amendments, amendments, resent,
      seconds: Math.round(seconds * 10) / 10, submitsPerSecond: Math.round((receipts.length / seconds) * 10) / 10,
      submit: latencyOf(submitMs),
      reads: Object.fromEntries(Object.entries(readMs).map(([name, ms]) => [name, { requests: ms.length, latency: latencyOf(ms) }])),
      errors: errors.slice(0, 20), receiptsChecked,
    };
  } finally {
    await server.stop();
  }
}

// Run on its own: `npm run bench:deadline`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const work = mkdtempSync(join(process.env.BENCH_STATE_DIR ?? tmpdir(), "baocao-deadline-"));
  try {
    const result = await benchDeadlineLoad({
      work, config: join(here, "wrangler.bench.jsonc"), adminToken: `bench_${Math.random().toString(36).slice(2)}xxxxxxxxxxxxxxxx`,
      spreadSeconds: Number(process.env.BENCH_DEADLINE_SECONDS ?? 20),
    });
    console.log(JSON.stringify(result));
    if (result.errors.length > 0) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
