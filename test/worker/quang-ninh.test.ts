import { beforeAll, describe, expect, it } from "vitest";
import data from "../fixtures/quang-ninh-2017-centers.json";
import { call, expectError, reportPath, unitWithToken } from "./client.ts";

/** The real table of Kế hoạch 239/KH-UBND (Quảng Ninh, 2017), appendices 1 and 2, through the API. */
const PERIOD = "2017-H1";
const departments = data.provincial_departments.rows;
const districts = data.district_centers.rows;
const HA_LONG = "QN-HUYEN-01";
const tokens = new Map<string, string>();

type Values = Record<string, number>;
const sum = (rows: { values: Values }[]) => {
  const total: Values = {};
  for (const row of rows) for (const [key, value] of Object.entries(row.values)) total[key] = (total[key] ?? 0) + value;
  return total;
};

beforeAll(async () => {
  for (const row of departments) tokens.set(row.unitCode, await unitWithToken(row.unitCode, "cap-tinh", row.unitName));
  for (const row of districts) tokens.set(row.unitCode, await unitWithToken(row.unitCode, "cap-huyen", row.unitName));
});

describe("Quảng Ninh 2017: procedures at the public administration centres", () => {
  it("registers the 20 departments and 14 districts", async () => {
    expect(departments).toHaveLength(20);
    expect(districts).toHaveLength(14);
    const units = await call("GET", "/api/v1/units");
    expect(units.body.filter((u: { level: string }) => u.level === "cap-tinh")).toHaveLength(20);
    expect(units.body.filter((u: { level: string }) => u.level === "cap-huyen")).toHaveLength(14);
    expect(units.body).toContainEqual({ code: HA_LONG, name: "Thành phố Hạ Long", level: "cap-huyen", parent: null });
  });

  it("accepts every department's row as published, printed totals included", async () => {
    for (const row of departments) {
      const answer = await call("PUT", reportPath(PERIOD, "centers", row.unitCode), { token: tokens.get(row.unitCode)!, body: { values: row.values } });
      expect(answer.status, `${row.unitCode}: ${JSON.stringify(answer.body)}`).toBe(201);
      expect(answer.body.warnings).toEqual([]);
    }
  });

  it("refuses Hạ Long's row (256 − 5 printed as 250) with 422 and stores nothing", async () => {
    const row = districts.find((r) => r.unitCode === HA_LONG)!;
    const answer = await call("PUT", reportPath(PERIOD, "centers", HA_LONG), { token: tokens.get(HA_LONG)!, body: { values: row.values } });
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toHaveLength(1);
    const [error] = answer.body.errors;
    expect(error.rule).toBe("difference");
    expect(error.severity).toBe("error");
    expect(error.columns[0]).toBe("tthc_at_center");
    expect([...error.columns].sort()).toEqual(["tthc_at_center", "tthc_not_at_center", "tthc_total"]);
    expect(error.expected).toBe(251);
    expect(error.actual).toBe(250);
    expect(error.message).toContain("Tổng số TTHC đưa vào Trung tâm");
    expect(error.message).toContain("251");
    expect(error.message).toContain("250");
    expect(answer.body.warnings).toEqual([]);
    expectError(await call("GET", reportPath(PERIOD, "centers", HA_LONG)), 404);
  });

  it("accepts the other thirteen districts", async () => {
    for (const row of districts.filter((r) => r.unitCode !== HA_LONG)) {
      const answer = await call("PUT", reportPath(PERIOD, "centers", row.unitCode), { token: tokens.get(row.unitCode)!, body: { values: row.values } });
      expect(answer.status, `${row.unitCode}: ${JSON.stringify(answer.body)}`).toBe(201);
    }
  });

  it("consolidates the departments to the published totals 1209 / 91 / 1118 / 578 / 100 / 678", async () => {
    const { status, body } = await call("GET", `/api/v1/reports/${PERIOD}/centers`);
    expect(status).toBe(200);
    const tinh = body.levels["cap-tinh"];
    expect(tinh.total).toEqual({
      tthc_total: 1209, tthc_not_at_center: 91, tthc_at_center: 1118,
      full_cycle_done: 578, full_cycle_added: 100, full_cycle_after: 678,
    });
    expect(tinh.total).toEqual(data.provincial_departments.publishedTotal);
    // 92,4% and 60,6% as printed; full precision or rounded half up to ≥ 4 decimals, never 0.924.
    expect(tinh.rates.at_center_rate).toBeCloseTo(1118 / 1209, 4);
    expect(tinh.rates.full_cycle_rate).toBeCloseTo(678 / 1118, 4);
    expect(tinh.rates.at_center_rate).not.toBe(0.924);

    const others = districts.filter((r) => r.unitCode !== HA_LONG);
    const huyen = sum(others);
    expect(body.levels["cap-huyen"].total).toEqual(huyen);
    expect(body.levels["cap-huyen"].rates.at_center_rate).toBeCloseTo(huyen.tthc_at_center! / huyen.tthc_total!, 10);
    expect(body.total).toEqual(sum([...departments, ...others]));

    const units = Object.fromEntries(body.units.map((u: { code: string }) => [u.code, u]));
    expect(Object.keys(units)).toHaveLength(33);
    expect(units[HA_LONG]).toBeUndefined();
    for (const row of departments) {
      expect(units[row.unitCode]).toMatchObject({ name: row.unitName, level: "cap-tinh", values: row.values, source: "submitted" });
    }
  });

  it("lists Hạ Long as missing", async () => {
    const { body } = await call("GET", `/api/v1/reports/${PERIOD}/centers`);
    expect(body.completeness).toEqual({ expected: 34, submitted: 33, late: 33, missing: [HA_LONG] });
    const status = await call("GET", `/api/v1/status/${PERIOD}`);
    const haLong = status.body.units.find((u: { code: string }) => u.code === HA_LONG);
    expect(haLong.forms.centers).toEqual({ state: "missing" });
  });

  it("accepts Hạ Long once the centre column is corrected to 251", async () => {
    const row = districts.find((r) => r.unitCode === HA_LONG)!;
    const answer = await call("PUT", reportPath(PERIOD, "centers", HA_LONG), {
      token: tokens.get(HA_LONG)!, body: { values: { ...row.values, tthc_at_center: 251 }, notes: "Sửa cột 5: 256 − 5 = 251." },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const { body } = await call("GET", `/api/v1/reports/${PERIOD}/centers`);
    expect(body.completeness.missing).toEqual([]);
    expect(body.levels["cap-tinh"].total.tthc_total).toBe(1209);
    expect(body.levels["cap-huyen"].total.tthc_at_center).toBe(sum(districts.filter((r) => r.unitCode !== HA_LONG)).tthc_at_center! + 251);
  });
});
