import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { centralPeriods } from "../../addin/central/central-periods.ts";
import { openBrowser } from "./browser.ts";
import { central, registerUnit, reportPath } from "./worker-api.ts";

/** The central office's page in Chromium against the real worker: status, reminder, figures, workbook. */
const suffix = Date.now().toString(36);
const SENT = `ct-sent-${suffix}`;
const MISSING = `ct-miss-${suffix}`;
const periodId = centralPeriods(new Date())[0]!.id; // the month in progress: its deadline is ahead

describe("the central office's page", () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const token = await registerUnit(SENT, "Xã Đã Gửi");
    await registerUnit(MISSING, "Xã Chưa Gửi");
    const put = await fetch(`${inject("baseUrl")}${reportPath(periodId, "dossiers", SENT)}`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({
        values: {
          carried_over: 3, received_online: 12, received_direct: 5, resolved_early: 4, resolved_ontime: 8,
          resolved_late: 1, pending_intime: 5, pending_overdue: 1, returned: 1,
        },
      }),
    });
    expect([200, 201]).toContain(put.status);
    browser = await openBrowser();
    page = await browser.page();
    page.setDefaultTimeout(15_000);
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });

  afterAll(async () => browser?.close());

  it("signs in with the central token and shows who sent what, the reminder list and the city's figures", async () => {
    await page.goto(`${inject("baseUrl")}/central/index.html`);
    await page.getByLabel("Mã quản trị của Văn phòng").fill(inject("adminToken"));
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption(periodId);
    const matrix = page.getByTestId("matrix");
    const row = (code: string) => matrix.locator("tr", { hasText: code });
    await expect.poll(() => row(SENT).textContent()).toContain("Đã gửi · v1");
    expect(await row(MISSING).textContent()).toContain("Chưa gửi");

    const reminder = await page.getByTestId("reminder").inputValue();
    expect(reminder).toContain(`${MISSING} — Xã Chưa Gửi: Kết quả giải quyết thủ tục hành chính`);
    expect(reminder).not.toContain(`${SENT} — Xã Đã Gửi: Kết quả`);

    const report = (await central<{ total: Record<string, number> }>("GET", `/api/v1/reports/${periodId}/dossiers`)).json;
    const figures = page.getByTestId("report-dossiers");
    expect(await figures.textContent()).toContain(report.total.received_total!.toLocaleString("vi-VN"));

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải bảng tổng hợp (.xlsx)" }).click()]);
    expect(download.suggestedFilename()).toBe(`Báo cáo tổng hợp ${periodId}.xlsx`);
  });

  it("opens a report with its values and returns it with a comment", async () => {
    await page.getByRole("button", { name: "Xã Đã Gửi — Giải quyết TTHC" }).click();
    const detail = page.getByTestId("detail");
    await detail.getByText("Mới tiếp nhận trực tuyến").waitFor();
    expect(await detail.textContent()).toContain("phiên bản 1");
    await detail.getByRole("button", { name: "Trả lại để sửa" }).isDisabled();
    await detail.getByRole("textbox").fill("Thiếu số hồ sơ trực tiếp.");
    await detail.getByRole("button", { name: "Trả lại để sửa" }).click();
    const row = page.getByTestId("matrix").locator("tr", { hasText: SENT });
    await expect.poll(() => row.textContent()).toContain("Đã trả lại");
    const stored = await central<{ review: { decision: string; comment: string } }>("GET", reportPath(periodId, "dossiers", SENT));
    expect(stored.json.review).toMatchObject({ decision: "returned", comment: "Thiếu số hồ sơ trực tiếp." });
  });

  it("forgets the token on sign-out, and tells a unit that signs in there where it files its reports", async () => {
    const token = (await central<{ token: string }>("POST", `/api/v1/units/${SENT}/tokens`)).json.token;
    await page.getByRole("button", { name: "Đăng xuất", exact: true }).click();
    await page.reload();
    await page.getByLabel("Mã quản trị của Văn phòng").fill(token);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await page.getByText("Đây là trang của Văn phòng").waitFor();
    expect(pageErrors).toEqual([]);
  });
});
