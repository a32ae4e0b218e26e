import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { haiPhong2025Tasks } from "../../shared/plan-tasks/hai-phong-2025-tasks.ts";
import { taskTableCells } from "../../shared/plan-tasks/task-table-cells.ts";
import { progressFormId } from "../../shared/plan-tasks/progress-form.ts";
import { DEFAULT_LEVELS } from "../../shared/units/levels.ts";
import ExcelJS from "../../worker/xlsx/exceljs.ts";
import { ADMIN, call, expectError, reportPath, unitWithToken } from "./client.ts";
import { docxParagraphs } from "./docx-text.ts";
import { bytesOf, download, fill, upload, workbookOf } from "./xlsx-client.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PLAN = "hai-phong-2025";
const FORM = progressFormId(PLAN);

/** An .xlsx with these rows on its first sheet, as the central office would save a plan's table. */
async function tableFile(rows: readonly (readonly string[])[]): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Phụ lục");
  sheet.addRow(["KẾ HOẠCH KIỂM SOÁT TTHC NĂM 2025"]);
  for (const row of rows) sheet.addRow([...row]);
  return bytesOf(workbook);
}

async function importPlan(body: ArrayBuffer, query: string, token = ADMIN) {
  const response = await exports.default.fetch(`http://baocao.test/api/v1/task-plans/import?${query}`, {
    method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": XLSX }, body,
  });
  return { status: response.status, body: await response.json() as any };
}

const HEADING = `id=${PLAN}&title=${encodeURIComponent("Kế hoạch kiểm soát TTHC năm 2025")}&year=2025`;

let justice: string;
let commune: string;
beforeAll(async () => {
  justice = await unitWithToken("TP-SO-TP", "cap-tinh", "Sở Tư pháp");
  commune = await unitWithToken("TP-XA-01", "cap-xa", "Xã Thử Kế Hoạch");
});

describe("importing a plan's task table", () => {
  it("checks the Hải Phòng 2025 table, says what it would store, then stores it on apply", async () => {
    const file = await tableFile(taskTableCells(haiPhong2025Tasks.tasks, DEFAULT_LEVELS));
    const dry = await importPlan(file, HEADING);
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body.applied).toBe(false);
    expect(dry.body.plan.tasks).toHaveLength(40);
    expect(dry.body.changes).toMatchObject({ replaces: false, removed: [] });
    expect(dry.body.changes.added).toHaveLength(40);
    expectError(await call("GET", `/api/v1/task-plans/${PLAN}`), 404);

    const applied = await importPlan(file, `${HEADING}&apply=true`);
    expect(applied.status).toBe(200);
    expect(applied.body.applied).toBe(true);
    const stored = await call("GET", `/api/v1/task-plans/${PLAN}`);
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({ id: PLAN, formId: FORM, year: 2025, from: "2025-01", to: "2025-12" });
    expect(stored.body.tasks.map((t: any) => `${t.section.number}.${t.number}`)).toEqual(haiPhong2025Tasks.tasks.map((t) => `${t.section.number}.${t.number}`));
    expect(stored.body.tasks.find((t: any) => t.id === "t_ii_6_2")).toMatchObject({ due: { kind: "recurring", every: "month" } });
    // The city office leads many tasks and is not a reporting unit here: named for the central office to see.
    expect(stored.body.unmatched).toContain("Văn phòng UBND thành phố");

    const again = await importPlan(file, HEADING);
    expect(again.body.changes).toEqual({ replaces: true, added: [], changed: [], removed: [] });
  });

  it("refuses a table with issues, naming row and column, and stores nothing", async () => {
    const rows = [
      ["STT", "Nội dung công việc", "Thời gian thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả"],
      ["I", "Chỉ đạo, điều hành", "", "", "", ""],
      ["1", "Ban hành kế hoạch", "Quý I/2025", "Các sở, ban, ngành", "", "Kế hoạch"],
      ["2", "Kiểm tra", "Quý II/2025", "", "", ""],
    ];
    const refused = await importPlan(await tableFile(rows), "id=loi-2025&title=Thu&year=2025&apply=true");
    expect(refused.status).toBe(422);
    expect(refused.body.issues).toEqual([{ row: 5, column: "Đơn vị chủ trì", message: "Dòng 5, cột «Đơn vị chủ trì»: nhiệm vụ 2 chưa có đơn vị chủ trì." }]);
    expectError(await call("GET", "/api/v1/task-plans/loi-2025"), 404);
  });

  it("says what is wrong with the plan's id, year or months", async () => {
    const file = await tableFile(taskTableCells(haiPhong2025Tasks.tasks.slice(0, 2), DEFAULT_LEVELS));
    for (const query of ["id=Hai Phong&title=T&year=2025", "id=hp&title=T&year=25", "id=hp&title=T&year=2025&from=2025-13", "id=hp&year=2025"]) {
      const answer = await importPlan(file, query);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error.message).toMatch(/Mã kế hoạch|Năm của kế hoạch|Tháng «2025-13»|tên kế hoạch/);
    }
  });

  it("downloads the table in the layout the import reads", async () => {
    const response = await exports.default.fetch(`http://baocao.test/api/v1/task-plans/${PLAN}.xlsx`, { headers: { Authorization: `Bearer ${ADMIN}` } });
    const workbook = await workbookOf(response);
    const back = await importPlan((await bytesOf(workbook)), HEADING);
    expect(back.body.changes).toEqual({ replaces: true, added: [], changed: [], removed: [] });
  });
});

describe("reporting progress on the plan", () => {
  it("gives a department exactly its tasks: those of the departments and those naming it", async () => {
    const forms = await call("GET", `/api/v1/progress-forms/2025-Q3/TP-SO-TP`, { token: justice });
    expect(forms.status).toBe(200);
    expect(forms.body).toHaveLength(1);
    const rows = forms.body[0].rows.rows.map((row: any) => row.id);
    const expected = haiPhong2025Tasks.tasks
      .filter((t) => [...t.lead, ...t.support].some((p) => p.kind === "departments" || (p.kind === "unit" && p.name === "Sở Tư pháp")))
      .map((t) => `t_${t.section.number.toLowerCase()}_${t.number.replace(/\./g, "_")}`);
    expect(rows).toEqual(expected);
    // A commune is given the tasks of the communes only; a month does not ask for progress.
    const communeForms = await call("GET", `/api/v1/progress-forms/2025-Q3/TP-XA-01`, { token: commune });
    expect(communeForms.body[0].rows.rows).toHaveLength(haiPhong2025Tasks.tasks.filter((t) => [...t.lead, ...t.support].some((p) => p.kind === "level" && p.level === "cap-xa")).length);
    expect((await call("GET", `/api/v1/progress-forms/2025-08/TP-SO-TP`, { token: justice })).body).toEqual([]);
    expect((await call("GET", `/api/v1/progress-forms/2026-Q1/TP-SO-TP`, { token: justice })).body).toEqual([]);
  });

  it("refuses a task marked done without its date and output, naming the task and the column; stores it when complete", async () => {
    const path = reportPath("2025-Q3", FORM, "TP-SO-TP");
    const forms = await call("GET", `/api/v1/progress-forms/2025-Q3/TP-SO-TP`, { token: justice });
    const values = Object.fromEntries(forms.body[0].rows.rows.map((row: any) => [`${row.id}.status`, "in_progress"]));
    const refused = await call("PUT", path, { token: justice, body: { values: { ...values, "t_i_1.status": "done" } } });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({
      rule: "done_needs_date_and_output", columns: ["t_i_1.done_on", "t_i_1.output_doc"],
      message: "Tiến độ kế hoạch «Kế hoạch kiểm soát TTHC năm 2025», dòng «Nhiệm vụ I.1»: đã ghi «Đã hoàn thành» thì phải ghi cột (5) «Ngày hoàn thành» và cột (6) «Văn bản, sản phẩm (số, ngày)».",
    })]);
    expectError(await call("GET", path, { token: justice }), 404);

    const wrongStatus = await call("PUT", path, { token: justice, body: { values: { ...values, "t_i_1.status": "xong" } } });
    expect(wrongStatus.body.errors[0].message).toContain("dòng «Nhiệm vụ I.1», cột (4) «Tình trạng»: phải là một trong: Chưa thực hiện; Đang thực hiện; Đã hoàn thành; Không phát sinh.");

    const stored = await call("PUT", path, {
      token: justice,
      body: { values: { ...values, "t_i_1.status": "done", "t_i_1.done_on": "2025-02-20", "t_i_1.output_doc": "Số 123/KH-STP ngày 20/02/2025" } },
    });
    expect(stored.status, JSON.stringify(stored.body)).toBe(201);
    expect(stored.body.receipt).toBeTruthy();
  });

  it("refuses a period the plan does not ask for, and a unit with no task in it", async () => {
    expectError(await call("PUT", reportPath("2026-Q1", FORM, "TP-SO-TP"), { token: justice, body: { values: {} } }), 404);
    await unitWithToken("TP-HUYEN-X", "cap-huyen", "Huyện Không Có Việc");
    const none = await call("GET", reportPath("2025-Q3", "plan_khong_co", "TP-SO-TP"), { token: justice });
    expectError(none, 404);
  });

  it("carries the plan's sheet in the unit's workbook and reads it back from an upload", async () => {
    const workbook = await workbookOf(await download("all", "2025-Q4", "TP-XA-01", commune));
    const sheet = workbook.worksheets.find((s) => s.name.startsWith("Tiến độ"));
    expect(sheet?.name).toBe(`Tiến độ ${PLAN}`);
    const forms = await call("GET", `/api/v1/progress-forms/2025-Q4/TP-XA-01`, { token: commune });
    const rows: string[] = forms.body[0].rows.rows.map((row: any) => row.id);
    fill(workbook, FORM, Object.fromEntries(rows.map((id) => [`${id}.status`, "Chưa thực hiện"])));
    for (const other of workbook.worksheets.filter((s) => s !== sheet)) workbook.removeWorksheet(other.id);
    const answer = await upload("2025-Q4", "TP-XA-01", commune, await bytesOf(workbook));
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const stored = await call("GET", reportPath("2025-Q4", FORM, "TP-XA-01"), { token: commune });
    expect(stored.body.values[`${rows[0]}.status`]).toBe("not_started");
  });
});

describe("the plan's progress", () => {
  it("counts statuses per task and per unit, and lists the lead units past a task's time in working days", async () => {
    const progress = await call("GET", `/api/v1/task-plans/${PLAN}/progress?asOf=2025-12-31`);
    expect(progress.status).toBe(200);
    const first = progress.body.tasks.find((t: any) => t.id === "t_i_1");
    expect(first.units.find((u: any) => u.unitCode === "TP-SO-TP")).toMatchObject({
      role: "lead", status: "done", doneOn: "2025-02-20", output: "Số 123/KH-STP ngày 20/02/2025", periodId: "2025-Q3", overdueDays: null,
    });
    // II.3.2 (before 30/8/2025, a Saturday; 1–2/9 are the National Day holidays: due Wednesday 3/9) is in progress at the Sở Tư pháp: overdue.
    const review = progress.body.tasks.find((t: any) => t.id === "t_ii_3_2");
    expect(review.dueOn).toBe("2025-09-03");
    expect(review.units.find((u: any) => u.unitCode === "TP-SO-TP")).toMatchObject({ status: "in_progress", overdueDays: expect.any(Number) });
    const line = progress.body.overdue.find((o: any) => o.unitCode === "TP-SO-TP" && o.taskId === "t_ii_3_2");
    expect(line).toMatchObject({ number: "II.3.2", dueOn: "2025-09-03" });
    const unit = progress.body.units.find((u: any) => u.code === "TP-SO-TP");
    expect(unit.counts.done).toBe(1);
    expect(unit.overdue).toBeGreaterThan(0);
    expect(unit.periodId).toBe("2025-Q3");
    expectError(await call("GET", `/api/v1/task-plans/${PLAN}/progress?asOf=31/12/2025`), 400);
  });

  it("gives the period's workbook a sheet of the plan's progress, by the reports up to the period", async () => {
    const response = await exports.default.fetch("http://baocao.test/api/v1/reports/2025-Q3.xlsx", { headers: { Authorization: `Bearer ${ADMIN}` } });
    const workbook = await workbookOf(response);
    const sheet = workbook.getWorksheet(`Tiến độ ${PLAN}`);
    expect(sheet).toBeDefined();
    const header = (sheet!.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual(["STT", "Nhiệm vụ", "Thời gian", "Hạn (ngày làm việc)", "Chủ trì", "Đã hoàn thành"]);
    // Q3's window ends 14/9/2025: II.3.2 (due Wednesday 3/9) is overdue at the Sở Tư pháp by 7 working days.
    expect(header[10]).toBe("Quá hạn đến 14/09/2025");
    const rows = Array.from({ length: sheet!.rowCount - 1 }, (_, i) => (sheet!.getRow(i + 2).values as unknown[]).slice(1));
    expect(rows.find((r) => r[0] === "I.1")?.[5]).toBe(1);
    expect(String(rows.find((r) => r[0] === "II.3.2")?.[11])).toContain("Sở Tư pháp (7 ngày)");
    // The commune's Q4 report (every task not started) is not in the Q3 workbook.
    expect(rows.map((r) => r[7]).filter((n) => n !== 0)).toEqual([]);
  });

  it("gives the city's draft report the plan's progress, in part I and as an appendix", async () => {
    const response = await exports.default.fetch("http://baocao.test/api/v1/reports/2025-Q3.docx", { headers: { Authorization: `Bearer ${ADMIN}` } });
    expect(response.status).toBe(200);
    const paragraphs = await docxParagraphs(new Uint8Array(await response.arrayBuffer()));
    const text = paragraphs.join("\n");
    expect(paragraphs).toContain("Tiến độ thực hiện kế hoạch");
    expect(text).toContain("Kế hoạch kiểm soát TTHC năm 2025: 40 nhiệm vụ. Tính đến ngày 14/09/2025, theo báo cáo của các cơ quan, đơn vị: 1 lượt đã hoàn thành");
    expect(text).toMatch(/lượt nhiệm vụ quá hạn tại \d+ đơn vị chủ trì: .*Sở Tư pháp \(nhiệm vụ [^)]*II\.3\.2/);
    expect(paragraphs).toContain("TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH");
  });

  it("lets the central office edit a task, in the plan's words", async () => {
    const edited = await call("PUT", `/api/v1/task-plans/${PLAN}/tasks/t_i_1`, {
      body: { content: "Ban hành Kế hoạch kiểm soát TTHC năm 2025", due: "Quý I/2025", lead: "Sở Tư pháp", support: "", output: "Kế hoạch" },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.tasks.find((t: any) => t.id === "t_i_1")).toMatchObject({
      due: { kind: "quarter", quarter: "2025-Q1" }, lead: [{ kind: "unit", name: "Sở Tư pháp" }], support: [],
    });
    expectError(await call("PUT", `/api/v1/task-plans/${PLAN}/tasks/t_i_1`, { body: { content: "x", due: "", lead: " ", support: "", output: "" } }), 400);
    expectError(await call("PUT", `/api/v1/task-plans/${PLAN}/tasks/t_x_9`, { body: { content: "x", due: "", lead: "Sở Tư pháp", support: "", output: "" } }), 404);
    const audit = await call("GET", "/api/v1/audit?limit=5");
    expect(JSON.stringify(audit.body)).toContain("plan.task.update");
  });
});
