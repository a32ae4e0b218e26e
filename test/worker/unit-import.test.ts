import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import ExcelJS from "../../worker/xlsx/exceljs.ts";
import { ADMIN, call, expectError } from "./client.ts";
import { XLSX } from "./xlsx-client.ts";

/** Posts an import file as the central page does. */
async function importFile(body: string | ArrayBuffer, type: string, apply: boolean) {
  const response = await exports.default.fetch(`http://baocao.test/api/v1/units/import?apply=${apply}`, {
    method: "POST", headers: { Authorization: `Bearer ${ADMIN}`, "Content-Type": type }, body,
  });
  return { status: response.status, body: (await response.json()) as any };
}

const codes = async () => ((await call("GET", "/api/v1/units")).body as { code: string }[]).map((u) => u.code);

/** A province's list as an .xlsx: its people's committee and a hundred new communes. */
async function hundredCommunes(renamed?: number): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Danh sách");
  sheet.addRow(["Mã đơn vị", "Tên đơn vị", "Cấp", "Đơn vị cấp trên"]);
  sheet.addRow(["IM-TINH", "Văn phòng UBND tỉnh", "Cấp tỉnh", ""]);
  for (let i = 1; i <= 100; i++) {
    const code = `IM-XA-${String(i).padStart(3, "0")}`;
    sheet.addRow([code, i === renamed ? `Phường số ${i} (mới)` : `Xã số ${i}`, "Cấp xã", "IM-TINH"]);
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

describe("importing the unit list", () => {
  it("checks a CSV first and stores nothing, then applies it and records each unit in the audit log", async () => {
    const csv = "\uFEFFMã đơn vị;Tên đơn vị;Cấp;Đơn vị cấp trên\r\nCSV-SO;Sở Nội vụ;Cấp tỉnh;\r\nCSV-XA;\"Xã Hòa Bình; huyện cũ\";cap-xa;CSV-SO\r\n";
    const check = await importFile(csv, "text/csv", false);
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ applied: false, issues: [] });
    expect(check.body.plan.create.map((u: { code: string }) => u.code)).toEqual(["CSV-SO", "CSV-XA"]);
    expect(await codes()).not.toContain("CSV-SO");

    const applied = await importFile(csv, "text/csv", true);
    expect(applied.body.applied).toBe(true);
    expect((await call("GET", "/api/v1/units")).body).toContainEqual({ code: "CSV-XA", name: "Xã Hòa Bình; huyện cũ", level: "cap-xa", parent: "CSV-SO" });
    const audit = (await call("GET", "/api/v1/audit?unit=CSV-XA")).body;
    expect(audit[0]).toMatchObject({ action: "unit.create", actor: "central", detail: { import: true, parent: "CSV-SO" } });
  });

  it("answers every wrong row by row and column, and stores nothing of a file with one wrong row", async () => {
    const csv = [
      "code,name,level,parent",
      "ERR-OK,Xã Đúng,cap-xa,",
      "ERR BAD,Xã Sai mã,cap-xa,",
      "ERR-2,Xã Hai,cap-huyen-moi,",
      "ERR-3,,cap-xa,KHONG-CO",
    ].join("\n");
    const answer = await importFile(csv, "text/csv", true);
    expect(answer.status).toBe(422);
    expect(answer.body.applied).toBe(false);
    expect(answer.body.issues.map((i: { row: number; label: string }) => [i.row, i.label])).toEqual([
      [3, "Mã đơn vị"], [4, "Cấp"], [5, "Tên đơn vị"], [5, "Đơn vị cấp trên"],
    ]);
    expect(answer.body.issues[1].message).toMatch(/^Dòng 4, cột «Cấp»: «cap-huyen-moi» không phải cấp đã cấu hình/);
    expect(await codes()).not.toContain("ERR-OK");
  });

  it("imports a hundred communes from an .xlsx, then a re-import says what it will change before it does", async () => {
    const first = await importFile(await hundredCommunes(), XLSX, true);
    expect(first.status).toBe(200);
    expect(first.body.plan.create).toHaveLength(101);
    const all = await codes();
    expect(all.filter((code) => code.startsWith("IM-XA-"))).toHaveLength(100);

    const again = await importFile(await hundredCommunes(7), XLSX, false);
    expect(again.body.plan.create).toEqual([]);
    expect(again.body.plan.update).toEqual([{
      before: { code: "IM-XA-007", name: "Xã số 7", level: "cap-xa", parent: "IM-TINH" },
      after: { code: "IM-XA-007", name: "Phường số 7 (mới)", level: "cap-xa", parent: "IM-TINH" },
      changes: ["name"],
    }]);
    expect(again.body.plan.unchanged).toHaveLength(100);
    expect((await call("GET", "/api/v1/units")).body).toContainEqual({ code: "IM-XA-007", name: "Xã số 7", level: "cap-xa", parent: "IM-TINH" });
    await importFile(await hundredCommunes(7), XLSX, true);
    expect((await call("GET", "/api/v1/units")).body).toContainEqual({ code: "IM-XA-007", name: "Phường số 7 (mới)", level: "cap-xa", parent: "IM-TINH" });
  });

  it("refuses what is not a list: no body, bytes that are neither .xlsx nor UTF-8 text, a broken zip", async () => {
    expectError(await call("POST", "/api/v1/units/import", { raw: "" }), 400);
    const latin1 = new Uint8Array([0x4d, 0xe3, 0x20, 0xff, 0xfe]).buffer;
    const notText = await importFile(latin1, "text/csv", false);
    expect(notText.status).toBe(400);
    expect(notText.body.error.message).toContain("CSV UTF-8");
    const broken = await importFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]).buffer, XLSX, false);
    expect(broken.status).toBe(400);
  });
});
