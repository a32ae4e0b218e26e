import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { getForm } from "../../shared/forms/catalogue.ts";
import { parsePeriodId } from "../../shared/periods/index.ts";
import { reportReads } from "../../worker/export/build-report.ts";
import { readOne } from "../../worker/repositories/query.ts";
import { call, dossiers, unitWithToken } from "./client.ts";

/**
 * A period's reads come back packed, several reports to a value (worker/repositories/period-reads.repo.ts):
 * however much one report weighs, no pack may pass D1's 2 MB per value, and every report comes back whole.
 */
const form = getForm("dossiers")!;
const codes = ["PR-1", "PR-2", "PR-3", "PR-4", "PR-5", "PR-6"];

beforeAll(async () => {
  for (const code of codes) await unitWithToken(code, "cap-xa");
});

describe("the reads of a period's report", () => {
  it("split heavy reports into several packs, each under 2 MB, and give every report back whole", async () => {
    const at = new Date().toISOString();
    const heavy = (i: number) => JSON.stringify({ ...dossiers({ received_online: 10 + i }), padding: String(i).repeat(450_000) });
    await env.DB.batch(codes.flatMap((code, i) => [
      env.DB.prepare("INSERT INTO reports (period_id, form_id, unit_code, latest_version, late, first_submitted_at, last_submitted_at) VALUES ('2033-03', 'dossiers', ?1, 1, 0, ?2, ?2)").bind(code, at),
      env.DB.prepare(`INSERT INTO submission_versions (period_id, form_id, unit_code, version, receipt, late, submitted_at, submitted_by, values_json, warnings_json)
        VALUES ('2033-03', 'dossiers', ?1, 1, ?2, 0, ?3, 'seed', ?4, '[]')`).bind(code, `PR-R-${code}`, at, heavy(i)),
    ]));
    const query = reportReads(env.DB, parsePeriodId("2033-03")!, form);
    const packs = (await query.statement.all<{ pack: string }>()).results;
    expect(packs.length).toBeGreaterThanOrEqual(3);
    for (const { pack } of packs) expect(new TextEncoder().encode(pack).byteLength).toBeLessThan(2_000_000);

    const reads = await readOne(query);
    expect(reads.own.map((r) => r.unitCode).sort()).toEqual(codes);
    for (const [i, code] of codes.entries()) {
      expect(reads.own.find((r) => r.unitCode === code)!.values).toEqual(JSON.parse(heavy(i)));
    }
    const report = await call("GET", "/api/v1/reports/2033-03/dossiers");
    expect(report.status).toBe(200);
  });

  it("come back as no pack at all for a period nobody reported", async () => {
    const reads = await readOne(reportReads(env.DB, parsePeriodId("2033-04")!, form));
    expect(reads).toEqual({ periodId: "2033-04", formId: "dossiers", own: [], derived: [], parts: [] });
  });
});
