import { exports } from "cloudflare:workers";
import ExcelJS from "../../worker/xlsx/exceljs.ts";
import { describe, expect, it } from "vitest";
import { forms } from "../../shared/forms/catalogue.ts";
import { formsFiledBy } from "../../shared/forms/filing.ts";
import { ADMIN, call, centers, dossiers, expectError, reportPath, unitWithToken } from "./client.ts";
import { bytesOf, download, fill, named, upload, workbookOf } from "./xlsx-client.ts";

describe("units without the add-in: download the form, fill it anywhere, upload it", () => {
  it("download → fill by the names → upload: 201, stored exactly as a PUT; the header is the unit's and period's", async () => {
    const token = await unitWithToken("UP-1", "cap-xa", "UBND xã Đông Hưng");
    const response = await download("all", "2033-03", "UP-1", token);
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="Bieu bao cao UP-1 2033-03.xlsx"; filename*=UTF-8''${encodeURIComponent("Biểu báo cáo UP-1 2033-03.xlsx")}`,
    );
    const workbook = await workbookOf(response);
    expect(named(workbook, "BC_dossiers._unit").value).toBe("UP-1");
    expect(named(workbook, "BC_dossiers._period").value).toBe("2033-03");
    expect(named(workbook, "BC_centers._period").value).toBe("2033-03");
    const sheet = named(workbook, "BC_dossiers.returned").worksheet;
    expect(sheet.getCell("A2").value).toBe("Đơn vị: UBND xã Đông Hưng");
    // Inputs are unlocked and whole-number validated; totals and rates are formulas.
    const input = named(workbook, "BC_dossiers.received_online");
    expect(input.protection?.locked).toBe(false);
    expect(input.dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual" });
    expect(named(workbook, "BC_dossiers.received_total").formula).toMatch(/^[A-Z]+\d+\+[A-Z]+\d+\+[A-Z]+\d+$/);
    expect(named(workbook, "BC_dossiers.on_time_rate").formula).toMatch(/^IF\(/);

    fill(workbook, "dossiers", dossiers());
    fill(workbook, "centers", centers());
    const answer = await upload("2033-03", "UP-1", token, await bytesOf(workbook));
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(Object.keys(answer.body.forms).sort()).toEqual(["centers", "dossiers"]);
    expect(answer.body.forms.dossiers).toMatchObject({ version: 1, late: false, receipt: expect.any(String) });

    const stored = await call("GET", reportPath("2033-03", "dossiers", "UP-1"), { token });
    expect(stored.body.values).toEqual({ received_total: 10, resolved_total: 6, pending_total: 3, ...dossiers() });
    expect(stored.body.receipt).toBe(answer.body.forms.dossiers.receipt);
    expect(stored.body.submittedBy).toMatch(/^unit:UP-1#/);
    const viaPut = await call("PUT", reportPath("2033-04", "dossiers", "UP-1"), { token, body: { values: dossiers() } });
    expect((await call("GET", reportPath("2033-04", "dossiers", "UP-1"), { token })).body.values).toEqual(stored.body.values);
    expect(viaPut.status).toBe(201);
    expect((await call("GET", reportPath("2033-03", "centers", "UP-1"), { token })).body.values).toMatchObject(centers());

    // Downloading again prefills the stored values; uploading again is an amendment (200, version 2).
    const again = await workbookOf(await download("dossiers", "2033-03", "UP-1", token));
    expect(named(again, "BC_dossiers.returned").value).toBe(1);
    fill(again, "dossiers", { returned: 1 });
    const amended = await upload("2033-03", "UP-1", token, await bytesOf(again));
    expect(amended.status).toBe(200);
    expect(Object.keys(amended.body.forms)).toEqual(["dossiers"]);
    expect(amended.body.forms.dossiers.version).toBe(2);
  });

  it("a text \"1.209\" in a count cell: 422 naming the sheet, the cell address and the column; nothing stored", async () => {
    const token = await unitWithToken("UP-2");
    const workbook = await workbookOf(await download("dossiers", "2033-03", "UP-2", token));
    fill(workbook, "dossiers", dossiers({ received_online: "1.209" }));
    const address = named(workbook, "BC_dossiers.received_online").address;
    const answer = await upload("2033-03", "UP-2", token, await bytesOf(workbook));
    expect(answer.status).toBe(422);
    const [error] = answer.body.forms.dossiers.errors;
    expect(error).toMatchObject({ rule: "type", columns: ["received_online"], cell: address });
    expect(error.sheet).toBe(named(workbook, "BC_dossiers.received_online").worksheet.name);
    expect(error.message).toContain("1.209");
    expect(answer.body.forms.dossiers.errors).toHaveLength(1);
    expectError(await call("GET", reportPath("2033-03", "dossiers", "UP-2"), { token }), 404);
  });

  it("authorisation: a unit acting for another unit 403 on download and upload; no token 401; unknown unit 404", async () => {
    const token = await unitWithToken("UP-3");
    await unitWithToken("UP-4");
    const forbidden = await download("dossiers", "2033-03", "UP-4", token);
    expect(forbidden.status).toBe(403);
    expect((await download("dossiers", "2033-03", "UP-3", "")).status).toBe(401);
    expect((await download("dossiers", "2033-03", "UP-3", ADMIN)).status).toBe(200);
    expectError(await call("GET", "/api/v1/forms/dossiers.xlsx?period=2033-03"), 400); // central must name the unit
    expect((await call("GET", "/api/v1/forms/dossiers.xlsx?unit=UP-3", { token })).status).toBe(400);
    expect((await call("GET", "/api/v1/forms/dossiers.xlsx?period=2033-03", { token })).status).toBe(200); // its own unit
    const own = await workbookOf(await download("dossiers", "2033-03", "UP-3", token));
    fill(own, "dossiers", dossiers());
    const bytes = await bytesOf(own);
    expectError(await upload("2033-03", "UP-4", token, bytes), 403, "forbidden");
    expect((await upload("2033-03", "UP-4", "", bytes)).status).toBe(401);
    expectError(await upload("2033-03", "NOPE", ADMIN, bytes), 404);
    expect((await download("nope", "2033-03", "UP-3", token)).status).toBe(404);
    expect((await download("dossiers", "2033-13", "UP-3", token)).status).toBe(404);
    // The central office may file on the unit's behalf, but not another unit's file on this one.
    expectError(await upload("2033-03", "UP-4", ADMIN, bytes), 400);
    expect((await upload("2033-03", "UP-3", ADMIN, bytes)).status).toBe(201);
  });

  it("a locked period: 423, nothing stored", async () => {
    const token = await unitWithToken("UP-5");
    const workbook = await workbookOf(await download("dossiers", "2033-05", "UP-5", token));
    fill(workbook, "dossiers", dossiers());
    expect((await call("PUT", "/api/v1/periods/2033-05/lock")).status).toBe(200);
    expectError(await upload("2033-05", "UP-5", token, await bytesOf(workbook)), 423, "period_locked");
    expectError(await call("GET", reportPath("2033-05", "dossiers", "UP-5"), { token }), 404);
  });

  it("garbage bytes, an empty body and a workbook without any form: 400 in Vietnamese; over 2 MiB: 413", async () => {
    const token = await unitWithToken("UP-6");
    const garbage = await upload("2033-03", "UP-6", token, new Uint8Array([1, 2, 3, 4, 5, 80, 75, 3, 4]));
    expectError(garbage, 400, "bad_request");
    expect(garbage.body.error.message).toMatch(/không phải bảng tính Excel \.xlsx/);
    expectError(await upload("2033-03", "UP-6", token, new Uint8Array()), 400);
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").getCell("A1").value = 5;
    const empty = await upload("2033-03", "UP-6", token, await bytesOf(other));
    expectError(empty, 400);
    expect(empty.body.error.message).toMatch(/không có biểu mẫu báo cáo nào/);
    expectError(await upload("2033-03", "UP-6", token, new Uint8Array(2 * 1024 * 1024 + 1)), 413, "payload_too_large");
  });

  it("a file with only one of the forms stores only that form", async () => {
    const token = await unitWithToken("UP-7");
    const workbook = await workbookOf(await download("all", "2033-03", "UP-7", token));
    fill(workbook, "centers", centers());
    workbook.removeWorksheet(named(workbook, "BC_dossiers.returned").worksheet.id);
    const model = workbook.definedNames.model.filter((n) => !n.name.startsWith("BC_dossiers."));
    workbook.definedNames.model = model;
    const answer = await upload("2033-03", "UP-7", token, await bytesOf(workbook));
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(Object.keys(answer.body.forms)).toEqual(["centers"]);
    expectError(await call("GET", reportPath("2033-03", "dossiers", "UP-7"), { token }), 404);
    expect((await call("GET", reportPath("2033-03", "centers", "UP-7"), { token })).status).toBe(200);
  });

  it("a form left blank beside a filled one is not sent; a file with every form blank says what to fill", async () => {
    const token = await unitWithToken("UP-11");
    const workbook = await workbookOf(await download("all", "2033-03", "UP-11", token));
    const blank = await upload("2033-03", "UP-11", token, await bytesOf(workbook));
    expect(blank.status).toBe(422);
    // The forms a department files for a month, every one blank: each says what to fill.
    expect(Object.keys(blank.body.forms).sort()).toEqual(formsFiledBy(forms, "cap-tinh", "month").map((f) => f.id).sort());
    expect(blank.body.forms.centers.errors.every((e: { rule: string; cell: string }) => e.rule === "required" && /^[A-Z]+\d+$/.test(e.cell))).toBe(true);
    fill(workbook, "dossiers", dossiers());
    const answer = await upload("2033-03", "UP-11", token, await bytesOf(workbook));
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(Object.keys(answer.body.forms)).toEqual(["dossiers"]);
    expectError(await call("GET", reportPath("2033-03", "centers", "UP-11"), { token }), 404);
  });

  it("without the names (a program that drops them) the cells are read at the layout's positions", async () => {
    const token = await unitWithToken("UP-8");
    const workbook = await workbookOf(await download("dossiers", "2033-03", "UP-8", token));
    fill(workbook, "dossiers", dossiers({ returned: "x" }));
    const address = named(workbook, "BC_dossiers.returned").address;
    workbook.definedNames.model = [];
    const answer = await upload("2033-03", "UP-8", token, await bytesOf(workbook));
    expect(answer.status).toBe(422);
    expect(answer.body.forms.dossiers.errors[0]).toMatchObject({ columns: ["returned"], cell: address });
  });

  it("Idempotency-Key: a replay answers the same receipts and stores nothing", async () => {
    const token = await unitWithToken("UP-9");
    const workbook = await workbookOf(await download("dossiers", "2033-03", "UP-9", token));
    fill(workbook, "dossiers", dossiers());
    const bytes = await bytesOf(workbook);
    const first = await upload("2033-03", "UP-9", token, bytes, { "Idempotency-Key": "k-1" });
    const second = await upload("2033-03", "UP-9", token, bytes, { "Idempotency-Key": "k-1" });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect((await call("GET", `${reportPath("2033-03", "dossiers", "UP-9")}/versions`, { token })).body).toHaveLength(1);
  });

  it("the ExcelJS hang regression: download, upload, download again in one worker instance", async () => {
    const token = await unitWithToken("UP-10");
    for (let round = 0; round < 2; round++) {
      const workbook = await workbookOf(await download("dossiers", "2033-06", "UP-10", token));
      fill(workbook, "dossiers", dossiers({ returned: 1 }));
      const answer = await upload("2033-06", "UP-10", token, await bytesOf(workbook));
      expect(answer.status).toBe(round === 0 ? 201 : 200);
    }
    const last = await workbookOf(await download("dossiers", "2033-06", "UP-10", token));
    expect(named(last, "BC_dossiers.returned").value).toBe(1);
    const report = await exports.default.fetch("http://baocao.test/api/v1/reports/2033-06.xlsx", { headers: { Authorization: `Bearer ${ADMIN}` } });
    expect(report.status).toBe(200);
  });

  it("the page and the OpenAPI document", async () => {
    const page = await exports.default.fetch("http://baocao.test/upload");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Gửi báo cáo bằng tệp Excel");
    const doc = (await call("GET", "/api/openapi.json")).body;
    expect(doc.paths["/api/v1/forms/{formId}.xlsx"].get).toBeDefined();
    expect(doc.paths["/api/v1/uploads/{periodId}/{unitCode}"].post.responses["422"]).toBeDefined();
  });
});

describe("an upload's Idempotency-Key over several forms", () => {
  it("the same key with a changed form answers 409 before anything is stored: the other form is not stored either", async () => {
    const token = await unitWithToken("UP-IK", "cap-xa");
    const first = await workbookOf(await download("all", "2033-08", "UP-IK", token));
    fill(first, "dossiers", dossiers());
    const stored = await upload("2033-08", "UP-IK", token, await bytesOf(first), { "Idempotency-Key": "k-1" });
    expect(stored.status, JSON.stringify(stored.body)).toBe(201);
    expect(Object.keys(stored.body.forms)).toEqual(["dossiers"]);

    const second = await workbookOf(await download("all", "2033-08", "UP-IK", token));
    fill(second, "dossiers", dossiers({ returned: 2, received_online: 6 }));
    fill(second, "centers", centers());
    const conflict = await upload("2033-08", "UP-IK", token, await bytesOf(second), { "Idempotency-Key": "k-1" });
    expectError(conflict, 409, "idempotency_conflict");
    expectError(await call("GET", reportPath("2033-08", "centers", "UP-IK"), { token }), 404);
    expect((await call("GET", reportPath("2033-08", "dossiers", "UP-IK"), { token })).body.version).toBe(1);
  });
});
