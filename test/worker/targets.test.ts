import { afterEach, describe, expect, it, vi } from "vitest";
import { ReportSchema } from "../../shared/api/schemas.ts";
import { kpiPlans } from "../../worker/config.ts";
import { call, dossiers, expectError, reportPath, unitWithToken } from "./client.ts";

const HAI_PHONG_2025 = "Kế hoạch kiểm soát TTHC năm 2025 (QĐ 257/QĐ-UBND ngày 24/01/2025, Hải Phòng)";

const ownPlans = [
  {
    id: "qn-2026", title: { vi: "Kế hoạch kiểm soát TTHC năm 2026 (Quảng Ninh, thử)", en: "2026 plan (Quảng Ninh, test)" },
    from: "2026-01",
    targets: [{ formId: "dossiers", rateId: "on_time_rate", target: 0.95 }, { formId: "centers", rateId: "full_cycle_rate", target: 1 }],
  },
];
const withPlans = (value: unknown) => ({ env: { KPI_PLANS: typeof value === "string" ? value : JSON.stringify(value) } });

afterEach(() => vi.restoreAllMocks());

describe("GET /api/v1/reports/{periodId}/{formId}: targets", () => {
  it("answers the built-in plan's target for the online rate of dossiers, beside the rates it judges", async () => {
    const token = await unitWithToken("TGT-1", "cap-xa");
    expect((await call("PUT", reportPath("2025-06", "dossiers", "TGT-1"), { token, body: { values: dossiers() } })).status).toBe(201);
    const report = await call("GET", "/api/v1/reports/2025-06/dossiers");
    expect(report.status).toBe(200);
    expect(report.body.targets).toEqual({ online_rate: { target: 0.6, plan: HAI_PHONG_2025 } });
    expect(report.body.rates.online_rate).toBeCloseTo(5 / 8);
    expect(ReportSchema.parse(report.body).targets.online_rate?.target).toBe(0.6);
  });

  it("answers the plan in force for a quarter too, and no target before or after the plan's year or for a form it does not cover", async () => {
    expect((await call("GET", "/api/v1/reports/2025-Q4/dossiers")).body.targets).toEqual({ online_rate: { target: 0.6, plan: HAI_PHONG_2025 } });
    expect((await call("GET", "/api/v1/reports/2024-12/dossiers")).body.targets).toEqual({});
    expect((await call("GET", "/api/v1/reports/2026-01/dossiers")).body.targets).toEqual({});
    expect((await call("GET", "/api/v1/reports/2025-11/centers")).body.targets).toEqual({});
  });

  it("takes KPI_PLANS instead of the built-in plans", async () => {
    const november = await call("GET", "/api/v1/reports/2026-11/dossiers", withPlans(ownPlans));
    expect(november.status).toBe(200);
    expect(november.body.targets).toEqual({ on_time_rate: { target: 0.95, plan: "Kế hoạch kiểm soát TTHC năm 2026 (Quảng Ninh, thử)" } });
    const centers = await call("GET", "/api/v1/reports/2026-H2/centers", withPlans(ownPlans));
    expect(centers.body.targets).toEqual({ full_cycle_rate: { target: 1, plan: "Kế hoạch kiểm soát TTHC năm 2026 (Quảng Ninh, thử)" } });
    // The built-in 2025 plan is gone with it: nothing is in force before 2026.
    expect((await call("GET", "/api/v1/reports/2025-06/dossiers", withPlans(ownPlans))).body.targets).toEqual({});
    expect((await call("GET", "/api/v1/reports/2025-06/dossiers", withPlans([]))).body.targets).toEqual({});
    // Blank is unset.
    expect((await call("GET", "/api/v1/reports/2025-06/dossiers", withPlans("  "))).body.targets).toEqual({ online_rate: { target: 0.6, plan: HAI_PHONG_2025 } });
  });

  it("answers a logged 500 config_invalid naming KPI_PLANS and the problem when it is malformed, never the built-in targets", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const notJson = await call("GET", "/api/v1/reports/2026-11/dossiers", withPlans("[{id: 'x'}"));
    expectError(notJson, 500, "config_invalid");
    expect(notJson.body.error.message).toContain("KPI_PLANS");
    expect(notJson.body.error.message).toContain("không phải JSON hợp lệ");

    const percent = [{ ...ownPlans[0], targets: [{ formId: "dossiers", rateId: "online_rate", target: 60 }] }];
    const wrong = await call("GET", "/api/v1/reports/2026-11/dossiers", withPlans(percent));
    expectError(wrong, 500, "config_invalid");
    expect(wrong.body.error.message).toBe(
      "Biến cấu hình KPI_PLANS không hợp lệ: kế hoạch thứ 1, chỉ tiêu thứ 1, «target»: phải là tỷ lệ từ 0 đến 1 (0.6 là 60%), " +
        "nhận được 60. Báo quản trị hệ thống sửa cấu hình.",
    );
    expect(logged).toHaveBeenCalledWith(wrong.body.error.message);
    expect(logged).toHaveBeenCalledTimes(2);
  });

  it("still answers 401, 403 and 404 before reading KPI_PLANS", async () => {
    const broken = withPlans("not json");
    expectError(await call("GET", "/api/v1/reports/2026-11/dossiers", { ...broken, token: null }), 401);
    expectError(await call("GET", "/api/v1/reports/2026-11/complaints", broken), 404);
    expectError(await call("GET", "/api/v1/reports/2026-13/dossiers", broken), 404);
  });

  it("is documented in the OpenAPI document", async () => {
    const { body } = await call("GET", "/api/openapi.json", { token: null });
    const get = body.paths["/api/v1/reports/{periodId}/{formId}"].get;
    const schema = get.responses[200].content["application/json"].schema;
    expect(schema.required).toContain("targets");
    expect(schema.properties.targets.additionalProperties.required).toEqual(["target", "plan"]);
    expect(get.responses[500]).toBeDefined();
  });
});

describe("kpiPlans", () => {
  it("reads the same KPI_PLANS once and reads a changed one again", () => {
    const env = { KPI_PLANS: JSON.stringify(ownPlans) } as Env;
    const first = kpiPlans(env);
    expect(first.map((p) => p.id)).toEqual(["qn-2026"]);
    expect(kpiPlans({ ...env })).toBe(first);
    const changed = kpiPlans({ KPI_PLANS: JSON.stringify([{ ...ownPlans[0], id: "qn-2026b" }]) } as Env);
    expect(changed.map((p) => p.id)).toEqual(["qn-2026b"]);
    expect(kpiPlans({} as Env).map((p) => p.id)).toEqual(["quang-ninh-2017", "ha-noi-2021-2025", "hai-phong-2025"]);
  });
});

describe("GET /api/v1/periods/{periodId}: the targets a unit is judged by", () => {
  it("answers every form's targets of the plan in force, to a unit's token as to central", async () => {
    const token = await unitWithToken("TGT-P1", "cap-huyen");
    const period = await call("GET", "/api/v1/periods/2025-03", { token });
    expect(period.status).toBe(200);
    expect(period.body.targets.dossiers).toEqual({ online_rate: { target: 0.6, plan: HAI_PHONG_2025 } });
    expect(period.body.targets.digital.satisfaction_rate).toEqual({ target: 0.9, plan: HAI_PHONG_2025 });
    expect((await call("GET", "/api/v1/periods/2026-03", { token })).body.targets).toEqual({});
  });

  it("still answers the period without targets while KPI_PLANS is malformed: units file as usual", async () => {
    const period = await call("GET", "/api/v1/periods/2026-11", withPlans("not json"));
    expect(period.status).toBe(200);
    expect(period.body).toMatchObject({ id: "2026-11", locked: false });
    expect(period.body.targets).toBeUndefined();
  });
});
