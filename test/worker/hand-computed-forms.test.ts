import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { dossiers } from "../../shared/forms/dossiers.ts";
import { ADMIN, call, reportPath, unitWithToken } from "./client.ts";
import { workbookOf } from "./xlsx-client.ts";

/**
 * The new forms of the outline, each with an example worked out by hand: three units, three months
 * (or the form's own period), the quarter and the city's totals asserted, stocks taken at the right
 * end and rates recomputed from sums — the mistakes hand-made consolidations make are impossible.
 */

const put = async (period: string, form: string, unit: string, token: string, values: Record<string, number>) => {
  const answer = await call("PUT", reportPath(period, form, unit), { token, body: { values } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
};
const feedback = (carried: number, reg: number, conduct: number, fwd: number, ontime: number, late: number, pending: number) => ({
  carried_over: carried, received_regulation: reg, received_conduct: conduct, forwarded: fwd, resolved_ontime: ontime, resolved_late: late, in_progress: pending,
});

describe("feedback (phản ánh, kiến nghị): a quarter from months and from a unit's own report", () => {
  it("sums the flows, takes carried-over from the first month and in-progress from the last, and recomputes the on-time rate", async () => {
    const a = await unitWithToken("HC-FB-SO", "cap-tinh");
    const b = await unitWithToken("HC-FB-HUYEN", "cap-huyen");
    const c = await unitWithToken("HC-FB-XA", "cap-xa");
    // A department: three balanced months (received = forwarded + handled + in progress), in progress carried on.
    await put("2036-01", "feedback", "HC-FB-SO", a, feedback(2, 5, 3, 1, 6, 1, 2)); // 10 = 1 + 7 + 2
    await put("2036-02", "feedback", "HC-FB-SO", a, feedback(2, 4, 1, 0, 4, 0, 3)); //  7 = 0 + 4 + 3
    await put("2036-03", "feedback", "HC-FB-SO", a, feedback(3, 6, 2, 2, 6, 1, 2)); // 11 = 2 + 7 + 2
    // A district: the same.
    await put("2036-01", "feedback", "HC-FB-HUYEN", b, feedback(0, 1, 1, 0, 1, 0, 1));
    await put("2036-02", "feedback", "HC-FB-HUYEN", b, feedback(1, 0, 2, 1, 1, 1, 0));
    await put("2036-03", "feedback", "HC-FB-HUYEN", b, feedback(0, 2, 0, 0, 0, 1, 1));
    // A commune files its own quarterly report.
    await put("2036-Q1", "feedback", "HC-FB-XA", c, feedback(1, 2, 0, 0, 2, 0, 1));

    const report = (await call("GET", "/api/v1/reports/2036-Q1/feedback")).body;
    const line = (code: string) => report.units.find((u: { code: string }) => u.code === code);
    // The department's quarter: carried 2 (January's, not 2 + 2 + 3), in progress 2 (March's), flows summed.
    expect(line("HC-FB-SO")).toMatchObject({
      source: "derived",
      values: { carried_over: 2, received_regulation: 15, received_conduct: 6, received_total: 23, forwarded: 3, resolved_ontime: 16, resolved_late: 2, resolved_total: 18, in_progress: 2 },
    });
    expect(line("HC-FB-SO").rates.on_time_rate).toBeCloseTo(16 / 18, 12);
    expect(line("HC-FB-HUYEN").values).toMatchObject({ carried_over: 0, received_total: 6, resolved_total: 4, in_progress: 1 });
    expect(line("HC-FB-XA")).toMatchObject({ source: "submitted", values: { received_total: 3, in_progress: 1 } });
    // The city: 2 + 0 + 1 carried over; 20 + 9 new; 20 of 24 handled on time — 83.3%, not the mean of the units' rates.
    expect(report.total).toMatchObject({
      carried_over: 3, received_regulation: 20, received_conduct: 9, received_total: 32, forwarded: 4,
      resolved_ontime: 20, resolved_late: 4, resolved_total: 24, in_progress: 4,
    });
    expect(report.rates.on_time_rate).toBeCloseTo(20 / 24, 12);
    expect(report.levels["cap-huyen"].rates.on_time_rate).toBeCloseTo(2 / 4, 12);
    expect(report.completeness).toMatchObject({ submitted: 1 });
    expect(report.completeness.missing).toEqual(expect.arrayContaining(["HC-FB-SO", "HC-FB-HUYEN"]));
  });
});

describe("digital (dịch vụ công trực tuyến, số hóa): a quarter from months", () => {
  const month = (fullOnline: number, eligible: number, payOnline: number, payTotal: number, online: number, dossiers: number) => ({
    services_full_online: fullOnline, services_eligible: eligible, payments_online: payOnline, payments_total: payTotal,
    dossiers_online: online, dossiers_total: dossiers, dossiers_digitised: 8, dossiers_to_digitise: 10, results_synced: 10, results_handled: 10,
    results_electronic: 9, results_issued: 10, data_reused: 2, data_reusable: 4, ratings_satisfied: 9, ratings_total: 10,
  });

  it("takes the services offered at the quarter's end, sums the transactions, and recomputes each rate from the sums", async () => {
    const a = await unitWithToken("HC-DG-SO-1", "cap-tinh");
    const b = await unitWithToken("HC-DG-SO-2", "cap-tinh");
    const h = await unitWithToken("HC-DG-HUYEN", "cap-huyen");
    await put("2036-04", "digital", "HC-DG-SO-1", a, month(40, 50, 30, 60, 55, 100));
    await put("2036-05", "digital", "HC-DG-SO-1", a, month(42, 50, 20, 40, 70, 100));
    await put("2036-06", "digital", "HC-DG-SO-1", a, month(45, 52, 10, 20, 80, 100));
    await put("2036-04", "digital", "HC-DG-SO-2", b, month(10, 20, 1, 10, 5, 10));
    await put("2036-05", "digital", "HC-DG-SO-2", b, month(10, 20, 1, 10, 5, 10));
    await put("2036-06", "digital", "HC-DG-SO-2", b, month(12, 20, 1, 10, 5, 10));
    await put("2036-Q2", "digital", "HC-DG-HUYEN", h, month(30, 40, 100, 150, 600, 1000));

    const report = (await call("GET", "/api/v1/reports/2036-Q2/digital")).body;
    const line = (code: string) => report.units.find((u: { code: string }) => u.code === code);
    // Closing stocks from June (45 of 52 services), flows summed (60 of 120 payments; 205 of 300 dossiers).
    expect(line("HC-DG-SO-1").values).toMatchObject({ services_full_online: 45, services_eligible: 52, payments_online: 60, payments_total: 120, dossiers_online: 205, dossiers_total: 300 });
    expect(line("HC-DG-SO-1").rates.full_online_rate).toBeCloseTo(45 / 52, 12);
    // The city: 45 + 12 + 30 = 87 of 52 + 20 + 40 = 112 services; 60 + 3 + 100 = 163 of 120 + 30 + 150 = 300 payments.
    expect(report.total).toMatchObject({ services_full_online: 87, services_eligible: 112, payments_online: 163, payments_total: 300, dossiers_online: 820, dossiers_total: 1330 });
    expect(report.rates.full_online_rate).toBeCloseTo(87 / 112, 12);
    expect(report.rates.online_payment_rate).toBeCloseTo(163 / 300, 12);
    expect(report.rates.online_dossier_rate).toBeCloseTo(820 / 1330, 12);
    expect(report.levels["cap-xa"].total.services_full_online ?? 0).toBe(0); // communes do not file it
  });
});

describe("publication and review: their own periods, summed over units, rates never averaged", () => {
  it("publication for a quarter: procedures under authority and at the one-stop desk summed, coverage recomputed", async () => {
    const pub = (total: number, oneStop: number) => ({
      decisions_in_force: 3, published_new: 1, published_amended: 1, published_abolished: 0, published_on_time: 2,
      tthc_total: total, tthc_one_stop: oneStop, tthc_inter_agency: 0, tthc_postal: 0, tthc_online_partial: 0, tthc_online_full: 0,
    });
    const [a, b, c] = [await unitWithToken("HC-PB-1", "cap-tinh"), await unitWithToken("HC-PB-2", "cap-huyen"), await unitWithToken("HC-PB-3", "cap-xa")];
    await put("2036-Q3", "publication", "HC-PB-1", a, pub(150, 148));
    await put("2036-Q3", "publication", "HC-PB-2", b, pub(80, 80));
    await put("2036-Q3", "publication", "HC-PB-3", c, pub(40, 30));
    const report = (await call("GET", "/api/v1/reports/2036-Q3/publication")).body;
    expect(report.total).toMatchObject({ tthc_total: 270, tthc_one_stop: 258, published_total: 6, published_on_time: 6, decisions_in_force: 9 });
    // 258 / 270 = 95.6%; the mean of 98.7%, 100% and 75% would say 91.2%.
    expect(report.rates.one_stop_rate).toBeCloseTo(258 / 270, 12);
  });

  it("review for a half-year: compliance costs summed, the saving recomputed and its rate from the sums", async () => {
    const rev = (reviewed: number, before: number, after: number) => ({
      planned: 40, reviewed, proposed_abolish: 1, proposed_amend: 1, proposed_replace: 0, approved: 1, carried_out: 1, cost_before: before, cost_after: after,
    });
    const [a, b] = [await unitWithToken("HC-RV-1", "cap-tinh"), await unitWithToken("HC-RV-2", "cap-huyen")];
    await put("2036-H1", "review", "HC-RV-1", a, rev(30, 1_250_000_000, 900_000_000));
    await put("2036-H1", "review", "HC-RV-2", b, rev(10, 400_000_000, 400_000_000));
    const report = (await call("GET", "/api/v1/reports/2036-H1/review")).body;
    expect(report.total).toMatchObject({ reviewed: 40, proposed_total: 4, cost_before: 1_650_000_000, cost_after: 1_300_000_000, cost_saving: 350_000_000 });
    expect(report.rates.saving_rate).toBeCloseTo(350 / 1650, 12); // 21.2%, not the mean of 28% and 0%
    expect(report.rates.proposal_rate).toBeCloseTo(4 / 40, 12);
  });
});

describe("dossiers: the outline's additions next to reports filed without them", () => {
  it("a report filed as API.md describes it stays as it was: absent in its line, empty in the workbook, the total from those that reported", async () => {
    const base = { carried_over: 3, received_online: 5, received_direct: 2, resolved_early: 1, resolved_ontime: 4, resolved_late: 1, pending_intime: 2, pending_overdue: 1, returned: 1 };
    const [a, b] = [await unitWithToken("HC-DS-OLD", "cap-tinh", "Sở Cũ"), await unitWithToken("HC-DS-NEW", "cap-tinh", "Sở Mới")];
    await put("2037-01", "dossiers", "HC-DS-OLD", a, base);
    await put("2037-01", "dossiers", "HC-DS-NEW", b, { ...base, received_postal: 2, results_by_post: 3, apology_letters: 1 });

    const report = (await call("GET", "/api/v1/reports/2037-01/dossiers")).body;
    const line = (code: string) => report.units.find((u: { code: string }) => u.code === code);
    expect(line("HC-DS-OLD").values).not.toHaveProperty("received_postal");
    expect(line("HC-DS-NEW").values).toMatchObject({ received_postal: 2, results_by_post: 3, apology_letters: 1 });
    expect(report.total).toMatchObject({ received_postal: 2, results_by_post: 3, apology_letters: 1, received_direct: 4 });

    const response = await exports.default.fetch("http://baocao.test/api/v1/reports/2037-01.xlsx", { headers: { Authorization: `Bearer ${ADMIN}` } });
    const sheet = (await workbookOf(response)).getWorksheet("Giải quyết TTHC")!;
    const column = 2 + dossiers.layout.order.indexOf("received_postal") + 1;
    const rowOf = (name: string) => { let found = 0; sheet.eachRow((row, r) => { if (row.getCell(2).value === name) found = r; }); return found; };
    expect(sheet.getCell(rowOf("Sở Cũ"), column).value).toBeNull(); // not reported: empty, never 0
    expect(sheet.getCell(rowOf("Sở Mới"), column).value).toBe(2);
  });
});
