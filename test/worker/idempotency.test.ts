import { beforeAll, describe, expect, it } from "vitest";
import { call, dossiers, expectError, reportPath, unitWithToken } from "./client.ts";

let token: string;
beforeAll(async () => {
  token = await unitWithToken("IDEM-01");
  await unitWithToken("IDEM-02");
});

const put = (path: string, key: string | null, values: Record<string, unknown>, options: { token?: string; gate?: Promise<unknown> } = {}) =>
  call("PUT", path, {
    token: options.token ?? token, body: { values }, gate: options.gate,
    ...(key === null ? {} : { headers: { "Idempotency-Key": key } }),
  });

/** Resolves after a moment: requests held on it reach the worker's checks together. */
const moment = () => new Promise((resolve) => setTimeout(resolve, 150));

async function versions(path: string): Promise<number[]> {
  const answer = await call("GET", `${path}/versions`);
  if (answer.status === 404) return [];
  return answer.body.map((v: { version: number }) => v.version);
}

describe("Idempotency-Key", () => {
  it("a replay answers the original status and body, and stores nothing", async () => {
    const path = reportPath("2026-11", "dossiers", "IDEM-01");
    const first = await put(path, "key-1", dossiers({ returned: 4 }));
    expect(first.status).toBe(201);
    expect(first.body.warnings.map((w: { rule: string }) => w.rule)).toEqual(["balance"]);

    const replay = await put(path, "key-1", dossiers({ returned: 4 }));
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    expect(await versions(path)).toEqual([1]);

    // An amendment under another key, then both keys replayed: still their own answers.
    const amendment = await put(path, "key-2", dossiers());
    expect(amendment.status).toBe(200);
    expect(amendment.body.version).toBe(2);
    const again = await put(path, "key-1", dossiers({ returned: 4 }));
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const amendmentAgain = await put(path, "key-2", dossiers());
    expect(amendmentAgain.status).toBe(200);
    expect(amendmentAgain.body).toEqual(amendment.body);
    expect(await versions(path)).toEqual([1, 2]);
    expect((await call("GET", path)).body.receipt).toBe(amendment.body.receipt);
  });

  it("the replay is the same whoever sends it: the unit or central", async () => {
    const path = reportPath("2026-10", "dossiers", "IDEM-01");
    const first = await put(path, "shared-key", dossiers());
    const byCentral = await call("PUT", path, { body: { values: dossiers() }, headers: { "Idempotency-Key": "shared-key" } });
    expect(byCentral.status).toBe(201);
    expect(byCentral.body).toEqual(first.body);
    expect(await versions(path)).toEqual([1]);
  });

  it("parallel requests with the same key store one version and all answer with it", async () => {
    const path = reportPath("2026-09", "dossiers", "IDEM-01");
    const gate = moment();
    const answers = await Promise.all(Array.from({ length: 8 }, () => put(path, "parallel-key", dossiers(), { gate })));
    for (const answer of answers) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(answer.body).toEqual(answers[0]!.body);
    }
    expect(await versions(path)).toEqual([1]);
  });

  it("parallel amendments with the same key store one more version", async () => {
    const path = reportPath("2026-09", "dossiers", "IDEM-01");
    const gate = moment();
    const answers = await Promise.all(Array.from({ length: 6 }, () => put(path, "parallel-amend", dossiers({ returned: 1 }), { gate })));
    for (const answer of answers) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body).toEqual(answers[0]!.body);
    }
    expect(answers[0]!.body.version).toBe(2);
    expect(await versions(path)).toEqual([1, 2]);
    // The refused racers left no trace: the next amendment is 3, not 3 + the number of losers.
    const next = await put(path, null, dossiers());
    expect(next.status).toBe(200);
    expect(next.body.version).toBe(3);
    expect(await versions(path)).toEqual([1, 2, 3]);
  });

  it("a rejected (422) attempt is not remembered: the same key then stores a valid body", async () => {
    const path = reportPath("2026-08", "dossiers", "IDEM-01");
    const rejected = await put(path, "retry-key", dossiers({ returned: "1.209" }));
    expect(rejected.status).toBe(422);
    expect(await versions(path)).toEqual([]);
    const accepted = await put(path, "retry-key", dossiers());
    expect(accepted.status).toBe(201);
    expect(accepted.body.version).toBe(1);
    const replay = await put(path, "retry-key", dossiers());
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(accepted.body);
    expect(await versions(path)).toEqual([1]);
  });

  it("the same key with another body is refused with 409 and stores nothing", async () => {
    const path = reportPath("2026-07", "dossiers", "IDEM-01");
    const first = await put(path, "conflict-key", dossiers());
    expect(first.status).toBe(201);
    expectError(await put(path, "conflict-key", dossiers({ returned: 2 })), 409, "idempotency_conflict");
    const withNotes = await call("PUT", path, { token, body: { values: dossiers(), notes: "khác" }, headers: { "Idempotency-Key": "conflict-key" } });
    expectError(withNotes, 409);
    expect(await versions(path)).toEqual([1]);
    expect((await call("GET", path)).body.values.returned).toBe(1);
  });

  it("is scoped to the report: the same key on another period, form or unit is a new submission", async () => {
    const key = "scoped-key";
    const a = await put(reportPath("2026-06", "dossiers", "IDEM-01"), key, dossiers());
    const b = await put(reportPath("2026-05", "dossiers", "IDEM-01"), key, dossiers());
    const c = await put(reportPath("2026-06", "centers", "IDEM-01"), key, { tthc_total: 3, tthc_not_at_center: 0, full_cycle_done: 1, full_cycle_added: 0 });
    const d = await put(reportPath("2026-06", "dossiers", "IDEM-02"), key, dossiers(), { token: "test-admin-token" });
    for (const answer of [a, b, c, d]) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(answer.body.version).toBe(1);
    }
    expect(new Set([a, b, c, d].map((x) => x.body.receipt)).size).toBe(4);
  });

  it("without a key, the same body sent twice is two versions", async () => {
    const path = reportPath("2026-04", "dossiers", "IDEM-01");
    expect((await put(path, null, dossiers())).status).toBe(201);
    expect((await put(path, null, dossiers())).status).toBe(200);
    expect(await versions(path)).toEqual([1, 2]);
  });

  it("a blank or overlong key is a 400", async () => {
    const path = reportPath("2026-03", "dossiers", "IDEM-01");
    expectError(await put(path, "   ", dossiers()), 400);
    expectError(await put(path, "k".repeat(201), dossiers()), 400);
    expect(await versions(path)).toEqual([]);
  });
});
