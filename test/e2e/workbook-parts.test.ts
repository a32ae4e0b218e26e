import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { centralPeriods } from "../../addin/central/central-periods.ts";
import { startLocalWorker, type LocalWorker } from "../../scripts/local-worker.ts";
import { openBrowser, watchedPage, type Browser } from "./browser.ts";
import { useFakeOffice } from "./fake-office/index.ts";

/**
 * A deployment whose workbook parts hold 100 cells (WORKBOOK_PART_CELLS), on a worker of its own:
 * the few units of this test then need several parts, as 3,300 units do at the default 100,000.
 */
const adminToken = `parts-${Math.random().toString(36).slice(2)}`;
const periodId = centralPeriods(new Date())[0]!.id;

describe("a consolidated workbook in parts, from the central page and the add-in", () => {
  const persist = mkdtempSync(join(tmpdir(), "baocao-parts-"));
  let worker: LocalWorker;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  let parts: { part: number; fileName: string; sheets: string[] }[] = [];
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${worker.origin}${path}`, { ...init, headers: { Authorization: `Bearer ${adminToken}`, "Content-Type": "application/json", ...init.headers } });

  beforeAll(async () => {
    worker = await startLocalWorker({ config: "wrangler.jsonc", persist, adminToken, migrateDatabase: "baocao", vars: { WORKBOOK_PART_CELLS: "100" } });
    for (const code of ["PARTS-XA-1", "PARTS-XA-2", "PARTS-SO-1"]) {
      const put = await api(`/api/v1/units/${code}`, { method: "PUT", body: JSON.stringify({ name: `Đơn vị ${code}`, level: code.includes("XA") ? "cap-xa" : "cap-tinh", parent: null }) });
      expect(put.status).toBe(201);
    }
    parts = ((await (await api(`/api/v1/report-parts/${periodId}`)).json()) as { parts: typeof parts }).parts;
    expect(parts.length).toBeGreaterThan(1);
    browser = await openBrowser();
    await useFakeOffice(browser.context);
    page = await watchedPage(browser, pageErrors);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await worker?.dispose();
    rmSync(persist, { recursive: true, force: true });
  });

  it("the central page lists the parts when the workbook is too big for one file, and downloads each", async () => {
    await page.goto(`${worker.origin}/central/index.html`);
    await page.getByLabel("Mã quản trị của Văn phòng").fill(adminToken);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption(periodId);
    await page.getByRole("button", { name: "Tải bảng tổng hợp (.xlsx)" }).click();
    const listed = page.getByTestId("workbook-parts");
    await listed.getByText(`được chia thành ${parts.length} tệp`).waitFor();
    const last = parts[parts.length - 1]!;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      listed.getByRole("button", { name: `Tệp ${last.part}/${parts.length}`, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(last.fileName);
    const workbook = new ExcelJS.Workbook();
    const data = readFileSync((await download.path())!);
    await workbook.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(last.sheets);
    expect(pageErrors).toEqual([]);
  });

  it("the add-in inserts every part's sheets into the open workbook", async () => {
    await page.goto(`${worker.origin}/addin/taskpane.html`);
    // Signed in on the central page a moment ago, the pane of the same browser may be signed in already.
    const tokenField = page.getByLabel("Mã truy cập của đơn vị");
    await tokenField.or(page.getByRole("combobox", { name: "Kỳ báo cáo" })).first().waitFor();
    if (await tokenField.isVisible()) {
      await tokenField.fill(adminToken);
      await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    }
    await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption(periodId);
    await page.getByTestId("window").waitFor();
    await page.getByRole("button", { name: "Chèn vào sổ tính đang mở", exact: true }).click();
    const names = parts.flatMap((p) => p.sheets);
    await page.getByText(new RegExp(`^Đã chèn ${names.length} trang của kỳ`)).waitFor();
    expect(await page.evaluate(() => window.__excel.sheets())).toEqual(["Sheet1", ...names]);
    expect(names.some((name) => / \(2\)$/.test(name))).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
