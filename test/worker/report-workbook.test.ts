import { exports } from "cloudflare:workers";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { settle } from "../../worker/export/settle.ts";
import { ADMIN, call, unitWithToken } from "./client.ts";

const month = (scale: number) => ({
  carried_over: 10 * scale, received_online: 30 * scale, received_direct: 20 * scale,
  resolved_early: 10 * scale, resolved_ontime: 25 * scale, resolved_late: 5 * scale,
  pending_intime: 12 * scale, pending_overdue: 3 * scale, returned: 5 * scale,
});

async function workbookOf(period: string) {
  const response = await exports.default.fetch(`http://baocao.test/api/v1/reports/${period}.xlsx`, {
    headers: { Authorization: `Bearer ${ADMIN}` },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toContain("spreadsheetml");
  expect(response.headers.get("Content-Disposition")).toBe(
    `attachment; filename="Bao cao tong hop ${period}.xlsx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20h%E1%BB%A3p%20${period}.xlsx`,
  );
  const workbook = new ExcelJS.Workbook();
  await settle(workbook.xlsx.load(await response.arrayBuffer()));
  return workbook;
}

describe("the consolidated workbook", () => {
  it("has a sheet per form whose subtotals, grand total and rates are formulas with the report's results", async () => {
    const a = await unitWithToken("WB-SO-1", "cap-tinh", "Sở Thử nghiệm");
    const b = await unitWithToken("WB-HUYEN-1", "cap-huyen", "=HYPERLINK(\"x\")");
    for (const [code, token, scale] of [["WB-SO-1", a, 1], ["WB-HUYEN-1", b, 2]] as const) {
      const put = await call("PUT", `/api/v1/submissions/2031-05/dossiers/${code}`, { token, body: { values: month(scale) } });
      expect(put.status).toBe(201);
    }
    const report = (await call("GET", "/api/v1/reports/2031-05/dossiers")).body;
    const workbook = await workbookOf("2031-05");
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Giải quyết TTHC", "TTHC tại Trung tâm"]);

    const sheet = workbook.getWorksheet("Giải quyết TTHC")!;
    const rows = sheet.getSheetValues() as unknown[][];
    const find = (text: string) => rows.findIndex((r) => Array.isArray(r) && r[2] === text);
    const grand = find("TỔNG CỘNG");
    expect(grand).toBeGreaterThan(0);
    const totalCell = sheet.getCell(grand, 3).value as ExcelJS.CellFormulaValue;
    expect(totalCell.formula).toMatch(/^[A-Z]+\d+\+[A-Z]+\d+\+[A-Z]+\d+$/);
    expect(totalCell.result).toBe(report.total.received_total);
    const rateCell = sheet.getCell(grand, 15).value as ExcelJS.CellFormulaValue;
    expect(rateCell.formula).toContain("/");
    expect(rateCell.result).toBeCloseTo(report.rates.on_time_rate, 10);
    // A unit name that looks like a formula stays text.
    expect(find("=HYPERLINK(\"x\")")).toBeGreaterThan(grand);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 2 });
  });

  it("keeps working after reading an upload in the same worker instance (the ExcelJS hang)", async () => {
    const first = await workbookOf("2031-06");
    const bytes = await settle(first.xlsx.writeBuffer());
    const upload = new ExcelJS.Workbook();
    await settle(upload.xlsx.load(bytes as ArrayBuffer));
    expect(upload.worksheets).toHaveLength(2);
    const again = await workbookOf("2031-06");
    expect(again.worksheets).toHaveLength(2);
  });
});
