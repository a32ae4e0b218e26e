import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { forms } from "../../shared/forms/catalogue.ts";
import { formsOfPeriodType } from "../../shared/forms/filing.ts";
import { sheetHeader } from "../../shared/layout/sheet-columns.ts";
import { periodsToOffer } from "../../addin/ui/periods.ts";
import { openBrowser, watchedPage } from "./browser.ts";
import { useFakeOffice, type CellView } from "./fake-office/index.ts";
import { central, registerUnit, reportPath } from "./worker-api.ts";

/** The add-in's central mode inserts the consolidated report into the open workbook (the fake Excel host). */
const unitCode = `ins-${Date.now().toString(36)}`;
const periodId = periodsToOffer(new Date())[1]!.id; // the month in progress, offered by the central page
const NAMES = ["Bìa", ...formsOfPeriodType(forms, "month").map((f) => f.layout.sheetName), "Chưa đạt chỉ tiêu", "Cùng kỳ năm trước", "Tình trạng", "Cảnh báo"];

describe("inserting the consolidated report from the add-in's central mode", () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const token = await registerUnit(unitCode, "=Xã Chèn Thử");
    const put = await fetch(`${inject("baseUrl")}${reportPath(periodId, "centers", unitCode)}`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ values: { tthc_total: 1209, tthc_not_at_center: 91, full_cycle_done: 578, full_cycle_added: 100 } }),
    });
    expect(put.status).toBe(201);
    browser = await openBrowser();
    await useFakeOffice(browser.context);
    page = await watchedPage(browser, pageErrors);
  });

  afterAll(async () => browser?.close());

  const cell = (ref: string) => page.evaluate((r) => window.__excel.cell(r), ref) as Promise<CellView>;
  const button = (label: string) => page.getByRole("button", { name: label, exact: true });

  it("writes every sheet in two syncs, with totals Excel computes equal to the report, and asks before replacing", async () => {
    await page.goto(`${inject("baseUrl")}/addin/taskpane.html`);
    await page.getByLabel("Mã truy cập của đơn vị").fill(inject("adminToken"));
    await button("Đăng nhập").click();
    await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption(periodId);
    await page.getByTestId("window").waitFor();

    const before = (await page.evaluate(() => window.__excel.runs())).length;
    await button("Chèn vào sổ tính đang mở").click();
    await page.getByText(new RegExp(`^Đã chèn ${NAMES.length} trang của kỳ`)).waitFor();
    const runs = await page.evaluate(() => window.__excel.runs());
    expect(runs.slice(before)).toEqual([2]);
    expect(await page.evaluate(() => window.__excel.sheets())).toEqual(["Sheet1", ...NAMES]);
    expect(await page.evaluate(() => window.__excel.activeSheet())).toBe("Bìa");

    // The grand total row of the centres' sheet, computed by the host from the inserted formulas.
    const form = forms.find((f) => f.id === "centers")!;
    const report = (await central<{ total: Record<string, number>; rates: Record<string, number | null> }>("GET", `/api/v1/reports/${periodId}/centers`)).json;
    const header = sheetHeader(form, true);
    const grand = 5 + header.depth + 1;
    const sheet = `'${form.layout.sheetName}'`;
    const letter = (i: number) => String.fromCharCode(65 + i);
    expect((await cell(`${sheet}!B${grand}`)).value).toBe("TỔNG CỘNG");
    for (const [i, column] of header.columns.entries()) {
      const shown = await cell(`${sheet}!${letter(i)}${grand}`);
      if (column.kind === "data") {
        expect(shown.formula, column.id).toMatch(/^=/);
        expect(shown.value, column.id).toBe(report.total[column.id]);
      }
      if (column.kind === "rate") expect(shown.value as number, column.id).toBeCloseTo(report.rates[column.id]!, 12);
    }
    const mine = await page.evaluate(() => {
      for (let row = 2; row < 5000; row++) {
        const shown = window.__excel.cell(`'Tình trạng'!C${row}`);
        if (shown.value === "" || shown.value === "=Xã Chèn Thử") return shown.value === "" ? undefined : shown;
      }
      return undefined;
    });
    expect(mine, "the unit's name, which begins with =, is text").toBeDefined();
    expect(mine!.formula).toBeNull();

    await button("Chèn vào sổ tính đang mở").click();
    await page.getByText(/^Sổ tính đã có trang «Bìa»/).waitFor();
    expect(await page.evaluate(() => window.__excel.sheets())).toEqual(["Sheet1", ...NAMES]);
    await button("Thay thế").click();
    await page.getByText(new RegExp(`^Đã chèn ${NAMES.length} trang của kỳ`)).waitFor();
    expect(await page.evaluate(() => window.__excel.sheets())).toEqual(["Sheet1", ...NAMES]);

    // In a task pane as narrow as Excel's (about 350 px), nothing sticks out sideways: wide tables scroll in their own box.
    await page.setViewportSize({ width: 350, height: 800 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);

    // Without the network nothing is written and the office is told why.
    await browser.context.setOffline(true);
    const runsBefore = (await page.evaluate(() => window.__excel.runs())).length;
    await button("Chèn vào sổ tính đang mở").click();
    await page.getByText("Không kết nối được máy chủ. Thử lại khi có mạng.").waitFor();
    expect((await page.evaluate(() => window.__excel.runs())).length).toBe(runsBefore);
    await browser.context.setOffline(false);
    expect(pageErrors).toEqual([]);
  });
});
