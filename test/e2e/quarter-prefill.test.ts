import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { periodsToOffer } from "../../addin/ui/periods.ts";
import type { CellView } from "./fake-office/index.ts";
import { THREE_MONTHS } from "./three-months.ts";
import { openBrowser } from "./browser.ts";
import { useFakeOffice } from "./fake-office/index.ts";
import { central, communeForms, registerUnit, reportPath } from "./worker-api.ts";
import { monthsOf, parsePeriodId } from "../../shared/periods/index.ts";

/**
 * A quarter's report built from the unit's three monthly reports, to be confirmed rather than
 * retyped: flows summed, carried over from the first month, pending from the last.
 */
const unitCode = `xa-q-${Date.now().toString(36)}`;
const quarterId = periodsToOffer(new Date())[2]!.id; // the last closed quarter
const months = monthsOf(parsePeriodId(quarterId)!).map((m) => m.id);

const MONTHS = THREE_MONTHS;

describe("a quarter from three months, in the pane", () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  const cell = (key: string) => page.evaluate((r) => window.__excel.cell(r), `BC_dossiers.${key}`) as Promise<CellView>;

  beforeAll(async () => {
    const token = await registerUnit(unitCode, "UBND xã Quý Thử");
    for (const [i, id] of months.entries()) {
      const put = await fetch(`${inject("baseUrl")}${reportPath(id, "dossiers", unitCode)}`, {
        method: "PUT",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ values: MONTHS[i] }),
      });
      expect(put.status).toBe(201);
    }
    browser = await openBrowser();
    await useFakeOffice(browser.context);
    page = await browser.page();
    page.setDefaultTimeout(15_000);
    await page.goto(`${inject("baseUrl")}/addin/taskpane.html`);
    await page.getByLabel("Mã truy cập của đơn vị").fill(token);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await page.getByTestId("unit").getByText("UBND xã Quý Thử").waitFor();
  });

  afterAll(async () => browser?.close());

  it("fills the quarter's input cells from the months, and the sheet's totals follow", async () => {
    await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption(quarterId);
    await page.getByTestId("window").waitFor();
    await page.getByRole("button", { name: "Ghi biểu mẫu vào sổ tính", exact: true }).click();
    await page.getByText(`Đã ghi ${communeForms("quarter").length} biểu`).first().waitFor();
    await page.getByRole("button", { name: "Lập từ 3 báo cáo tháng", exact: true }).click();
    await page.getByText(/Đã điền \d+ ô từ/).waitFor();

    expect((await cell("carried_over")).value).toBe(4);
    expect((await cell("received_online")).value).toBe(90);
    expect((await cell("received_direct")).value).toBe(30);
    expect((await cell("pending_intime")).value).toBe(8);
    expect((await cell("pending_overdue")).value).toBe(2);
    expect((await cell("returned")).value).toBe(3);
    expect((await cell("received_total")).value).toBe(124);

    const derived = await central<{ units: Array<{ code: string; source: string; values: Record<string, number> }> }>(
      "GET", `/api/v1/reports/${quarterId}/dossiers`,
    );
    const line = derived.json.units.find((u) => u.code === unitCode)!;
    expect(line.source).toBe("derived");
    expect(line.values.received_total).toBe(124);
  });
});
