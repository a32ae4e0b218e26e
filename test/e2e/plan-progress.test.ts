import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { haiPhong2025Tasks } from "../../shared/plan-tasks/hai-phong-2025-tasks.ts";
import { progressFormId } from "../../shared/plan-tasks/progress-form.ts";
import { taskIdOf } from "../../shared/plan-tasks/stored-plan.ts";
import { taskTableCells } from "../../shared/plan-tasks/task-table-cells.ts";
import { DEFAULT_LEVELS } from "../../shared/units/levels.ts";
import { openBrowser, watchedPage, type Browser } from "./browser.ts";
import { useFakeOffice, type TypeOutcome } from "./fake-office/index.ts";
import { central, registerUnit, reportPath } from "./worker-api.ts";

/**
 * Issue 11 end to end: the central office imports Hải Phòng's 2025 task table, a commune reports its
 * progress from Excel (the rules at the cell, then the receipt), and the central page shows what is
 * done and what is overdue, and whose. The plan covers 2025, which no other browser test reports on.
 */
const PLAN = "hai-phong-2025";
const FORM = progressFormId(PLAN);
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const suffix = Date.now().toString(36);
const unitCode = `xa-kh-${suffix}`;
const unitName = `Xã Tiến Độ ${suffix}`;
const communeTasks = haiPhong2025Tasks.tasks
  .filter((t) => [...t.lead, ...t.support].some((p) => p.kind === "level" && p.level === "cap-xa"))
  .map((t) => ({ id: taskIdOf(t), task: t }));

async function tableFile(rows: readonly (readonly string[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Kế hoạch");
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("a plan's tasks: imported on the central page, reported from Excel, followed on the central page", () => {
  // The central office in a browser of its own; the commune in Excel (the fake Office host) in another.
  let office: Browser;
  let excel: Browser;
  let page: Page;
  let pane: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    office = await openBrowser();
    page = await watchedPage(office, pageErrors);
    excel = await openBrowser();
    await useFakeOffice(excel.context);
    pane = await watchedPage(excel, pageErrors);
  });
  afterAll(async () => {
    await office?.close();
    await excel?.close();
  });

  it("refuses a broken table row by row, then imports Hải Phòng's 2025 table after a check", async () => {
    await page.goto(`${inject("baseUrl")}/central/index.html`);
    await page.getByLabel("Mã quản trị của Văn phòng").fill(inject("adminToken"));
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await page.getByRole("tab", { name: "Kế hoạch", exact: true }).click();
    const box = page.getByTestId("plan-import");
    await box.getByTestId("plan-id").fill(PLAN);
    await box.getByTestId("plan-title").fill(haiPhong2025Tasks.title);
    await box.getByTestId("plan-year").fill("2025");

    const broken = [["STT", "Nội dung công việc", "Thời gian thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả"], ["1", "Việc không ai chủ trì", "Quý I/2025", "", "", ""]];
    await box.getByTestId("plan-file").setInputFiles({ name: "loi.xlsx", mimeType: XLSX, buffer: await tableFile(broken) });
    await box.getByRole("button", { name: "Kiểm tra tệp" }).click();
    await box.getByTestId("import-issues").getByText("Dòng 2, cột «Đơn vị chủ trì»: nhiệm vụ 1 chưa có đơn vị chủ trì.").waitFor();
    expect((await central("GET", `/api/v1/task-plans/${PLAN}`)).status).toBe(404);

    await box.getByTestId("plan-file").setInputFiles({ name: "ke-hoach.xlsx", mimeType: XLSX, buffer: await tableFile(taskTableCells(haiPhong2025Tasks.tasks, DEFAULT_LEVELS)) });
    await box.getByRole("button", { name: "Kiểm tra tệp" }).click();
    await box.getByTestId("plan-import-summary").getByText(/Tệp đọc được 40 nhiệm vụ/).waitFor();
    await box.getByRole("button", { name: "Lưu kế hoạch" }).click();
    await page.getByText(`Đã lưu kế hoạch «${haiPhong2025Tasks.title}» với 40 nhiệm vụ.`).waitFor();
    const stored = await central<{ tasks: unknown[] }>("GET", `/api/v1/task-plans/${PLAN}`);
    expect(stored.json.tasks).toHaveLength(40);
    await page.getByTestId("progress-by-task").getByText("II.6.2").waitFor();
  });

  it("gives a commune exactly its tasks in Excel, refuses «done» without date and output at the cell, and takes the report", async () => {
    const token = await registerUnit(unitCode, unitName);
    const page = pane;
    await page.goto(`${inject("baseUrl")}/addin/taskpane.html`);
    await page.getByLabel("Mã truy cập của đơn vị").fill(token);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await page.getByTestId("unit").getByText(unitName).waitFor();
    await page.getByRole("textbox", { name: "Kỳ khác, ví dụ 2025-Q4 hoặc 2025" }).fill("2025-Q4");
    await page.getByRole("button", { name: "Mở kỳ", exact: true }).click();
    await page.getByTestId("window").getByText(/15\/09\/2025 đến 14\/12\/2025/).waitFor();
    await page.getByRole("button", { name: "Ghi biểu mẫu vào sổ tính", exact: true }).click();
    await page.getByRole("status").getByText(/Đã ghi \d+ biểu vào sổ tính/).first().waitFor();

    const type = (ref: string, input: string) => page.evaluate(([r, i]) => window.__excel.type(r, i), [ref, input] as const) as Promise<TypeOutcome>;
    const names = await page.evaluate((prefix) => window.__excel.names().filter((n: string) => n.startsWith(prefix)), `BC_${FORM}.`);
    // Exactly the commune's tasks: a status cell for each, nothing else.
    expect(names.filter((n: string) => n.endsWith(".status")).sort()).toEqual(communeTasks.map(({ id }) => `BC_${FORM}.${id}.status`).sort());
    for (const { id } of communeTasks) expect(await type(`BC_${FORM}.${id}.status`, "Đang thực hiện")).toEqual({ accepted: true });
    const first = communeTasks[0]!.id;
    expect(await type(`BC_${FORM}.${first}.status`, "Đã hoàn thành")).toEqual({ accepted: true });
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByRole("button", { name: /Kế hoạch kiểm soát TTHC năm 2025/ }).click();
    await page.getByText(/đã ghi «Đã hoàn thành» thì phải ghi cột \(5\) «Ngày hoàn thành» và cột \(6\) «Văn bản, sản phẩm \(số, ngày\)»/).first().waitFor();

    expect(await type(`BC_${FORM}.${first}.done_on`, "2025-11-20")).toEqual({ accepted: true });
    expect(await type(`BC_${FORM}.${first}.output_doc`, "Số 123/KH-UBND ngày 20/11/2025")).toEqual({ accepted: true });
    await page.getByRole("button", { name: "Gửi báo cáo", exact: true }).click();
    await page.getByText(/biên nhận/).first().waitFor();
    const stored = await central<{ values: Record<string, string> }>("GET", reportPath("2025-Q4", FORM, unitCode));
    expect(stored.status).toBe(200);
    expect(stored.json.values).toMatchObject({ [`${first}.status`]: "done", [`${first}.done_on`]: "2025-11-20", [`${first}.output_doc`]: "Số 123/KH-UBND ngày 20/11/2025" });
  });

  it("shows on the central page what is done and what is overdue, and whose, with the reminder ready to copy", async () => {
    await page.getByRole("tab", { name: "Kỳ báo cáo", exact: true }).click();
    await page.getByRole("tab", { name: "Kế hoạch", exact: true }).click();
    await page.getByTestId("plan-select").selectOption(PLAN);
    await page.getByTestId("plan-as-of").fill("2026-01-05");
    const units = page.getByTestId("progress-by-unit");
    const row = units.locator(`tr[data-unit="${unitCode}"]`);
    await expect.poll(() => row.textContent()).toContain("Quý IV/2025");
    const cells = await row.locator("td").allTextContents();
    // Tasks, done, in progress, not started, did not arise, not reported, overdue.
    expect(cells.slice(2).map(Number)).toEqual([communeTasks.length, 1, communeTasks.length - 1, 0, 0, 0, expect.any(Number)]);

    // The commune's tasks are all recurring: none can be late. The central office gives one a time on the page.
    const led = communeTasks.find(({ id, task }) => id !== communeTasks[0]!.id && task.lead.some((p) => p.kind === "level" && p.level === "cap-xa"))!;
    const ledRow = page.getByTestId("progress-by-task").locator(`tr[data-task="${led.id}"]`);
    await ledRow.getByRole("button", { name: "Sửa", exact: true }).click();
    const editor = page.getByTestId("task-editor");
    await editor.getByTestId("task-due").fill("Quý III/2025");
    await editor.getByRole("button", { name: "Lưu", exact: true }).click();
    const number = `${led.task.section.number}.${led.task.number}`;
    await page.getByText(`Đã lưu nhiệm vụ ${number}.`).waitFor();
    await expect.poll(async () => (await ledRow.locator("td").allTextContents())[2]).toBe("Quý III/2025 (30/09/2025)");
    // Every commune leads it now (other tests' communes too): at least this one is late.
    expect(Number((await ledRow.locator("td").allTextContents())[9])).toBeGreaterThanOrEqual(1);
    // 1/10/2025 to 5/1/2026: 23 + 20 + 23 working days, then 1–2/1/2026 off for the New Year and Monday 5/1.

    const reminder = page.getByTestId("reminder-text");
    const text = await reminder.inputValue();
    expect(text).toMatch(/^Các nhiệm vụ quá hạn của Kế hoạch kiểm soát TTHC năm 2025.*tính đến ngày 05\/01\/2026:/);
    expect(text).toContain(`${unitName} (1 nhiệm vụ):\n   - Nhiệm vụ ${number}: ${led.task.content} — hạn 30/09/2025, quá 67 ngày làm việc (đang thực hiện).`);
    await page.getByTestId("copy-reminder").click();
    await page.getByRole("status").getByText(/Đã sao chép|Trình duyệt không cho sao chép/).waitFor();

    const task = page.getByTestId("progress-by-task").locator(`tr[data-task="${communeTasks[0]!.id}"]`);
    await task.getByRole("button", { name: "Xem từng đơn vị" }).click();
    await page.getByText("Số 123/KH-UBND ngày 20/11/2025").waitFor();
    expect(pageErrors).toEqual([]);
  });
});
