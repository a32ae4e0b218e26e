import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { call, dossiers, reportPath, unitWithToken } from "./client.ts";
import { countingDb } from "./counting-db.ts";

/**
 * How many times one request waits on D1 (issue 12): reads gathered into one batch, writes into one
 * atomic batch. A unit's token is used once first, so that recording its use (after the answer, at
 * most hourly) is not counted.
 */
let token: string;
beforeAll(async () => {
  token = await unitWithToken("RT-UNIT", "cap-xa");
  await call("GET", "/api/v1/me", { token });
  await call("PUT", reportPath("2032-04", "dossiers", "RT-UNIT"), { token, body: { values: dossiers() } });
});

describe("D1 round trips of a submission", () => {
  it("are two: the token with every other read in one batch, then one batch of writes", async () => {
    const counting = countingDb(env.DB);
    const answer = await call("PUT", reportPath("2032-05", "dossiers", "RT-UNIT"), {
      token, body: { values: dossiers() }, headers: { "Idempotency-Key": "rt-1" }, env: { DB: counting.db },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(counting.trips).toHaveLength(2);
    expect(counting.trips[0]).toMatch(/^batch: .*FROM unit_tokens.*FROM units.*period_lock_events.*merged_into.*idempotency_key/s);
    expect(counting.trips[1]).toMatch(/^batch: INSERT INTO reports.*INSERT INTO submission_versions.*INSERT INTO audit_log/s);
  });

  it("is one for a replay: nothing is written again", async () => {
    const counting = countingDb(env.DB);
    const answer = await call("PUT", reportPath("2032-05", "dossiers", "RT-UNIT"), {
      token, body: { values: dossiers() }, headers: { "Idempotency-Key": "rt-1" }, env: { DB: counting.db },
    });
    expect(answer.status).toBe(201);
    expect(counting.trips).toHaveLength(1);
  });

  it("is one for a rejected one: nothing is stored", async () => {
    const counting = countingDb(env.DB);
    const answer = await call("PUT", reportPath("2032-06", "dossiers", "RT-UNIT"), {
      token, body: { values: dossiers({ received_online: -1 }) }, env: { DB: counting.db },
    });
    expect(answer.status).toBe(422);
    expect(counting.trips).toHaveLength(1);
  });
});

describe("D1 round trips of the city report", () => {
  it("are two for one form's report: the central token, then the registry with this period's reports and last year's", async () => {
    await call("GET", "/api/v1/reports/2032-Q2/dossiers"); // a quarter's derived figures, once kept, are read as they are
    const counting = countingDb(env.DB);
    const answer = await call("GET", "/api/v1/reports/2032-Q2/dossiers", { env: { DB: counting.db } });
    expect(answer.status).toBe(200);
    expect(counting.trips).toHaveLength(2);
    expect(counting.trips[1]).toMatch(/^batch: SELECT json_group_array.*FROM units.* ; .*FROM reports r.* ; .*FROM reports r/s);
  });

  it("are three at the first read after a month is amended: the quarter's figures derived again for that unit are kept", async () => {
    await call("GET", "/api/v1/reports/2032-Q2/dossiers");
    const amended = await call("PUT", reportPath("2032-04", "dossiers", "RT-UNIT"), { token, body: { values: dossiers() } });
    expect(amended.status).toBe(200);
    for (const expected of [3, 2]) {
      const counting = countingDb(env.DB);
      expect((await call("GET", "/api/v1/reports/2032-Q2/dossiers", { env: { DB: counting.db } })).status).toBe(200);
      expect(counting.trips).toHaveLength(expected);
    }
  });
});

describe("D1 round trips of reading a report", () => {
  it("is one: the token, the unit, the latest version and its review together", async () => {
    const counting = countingDb(env.DB);
    const answer = await call("GET", reportPath("2032-05", "dossiers", "RT-UNIT"), { token, env: { DB: counting.db } });
    expect(answer.status).toBe(200);
    expect(answer.body.version).toBe(1);
    expect(counting.trips).toHaveLength(1);
    expect(counting.trips[0]).toMatch(/^batch: .*FROM unit_tokens.*FROM units.*FROM reports r.*FROM reviews/s);
  });
});
