import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { periodsToOffer } from "../../addin/ui/periods.ts";
import { parsePeriodId, previousPeriod } from "../../shared/periods/index.ts";
import { openBrowser, watchedPage } from "./browser.ts";
import { useFakeOffice, type TypeOutcome } from "./fake-office/index.ts";
import { central, communeForms, registerUnit, reportPath } from "./worker-api.ts";

/** A digit typed too many is seen in the pane, before sending, against the unit's own history. */
const unitCode = `xa-out-${Date.now().toString(36)}`;
const UNIT_NAME = "UBND xã Lệch Số";
const periodId = periodsToOffer(new Date())[1]!.id; // the month in progress
const earlier: string[] = [];
for (let p = previousPeriod(parsePeriodId(periodId)!); earlier.length < 3; p = previousPeriod(p)) earlier.unshift(p.id);

/** A balanced month scaled by k, carried over following on from the month before. */
const month = (k: number, carried: number) => ({
  carried_over: carried, received_online: 30 * k, received_direct: 20 * k,
  resolved_early: 15 * k, resolved_ontime: 10 * k + carried, resolved_late: 5 * k,
  pending_intime: 12 * k, pending_overdue: 3 * k, returned: 5 * k,
});

describe("the outlier rules in the pane", () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const token = await registerUnit(unitCode, UNIT_NAME);
    let carried = 0;
    for (const [i, id] of earlier.entries()) {
      const put = await fetch(`${inject("baseUrl")}${reportPath(id, "dossiers", unitCode)}`, {
        method: "PUT",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ values: month(19 + i, carried) }),
      });
      expect(put.status).toBe(201);
      carried = 15 * (19 + i);
    }
    browser = await openBrowser();
    await useFakeOffice(browser.context);
    page = await watchedPage(browser, pageErrors);
    await page.goto(`${inject("baseUrl")}/addin/taskpane.html`);
    await page.getByLabel("Mã truy cập của đơn vị").fill(token);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await page.getByTestId("unit").getByText(UNIT_NAME).waitFor();
  });

  afterAll(async () => browser?.close());

  it("warns at the cell of a total ten times the unit's usual level, and asks for an explanation before sending", async () => {
    await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption(periodId);
    await page.getByTestId("window").waitFor();
    await page.getByRole("button", { name: "Ghi biểu mẫu vào sổ tính", exact: true }).click();
    await page.getByText(`Đã ghi ${communeForms("month").length} biểu`).first().waitFor();
    const typed = { ...month(21, 15 * 21), received_online: 30 * 210 }; // a zero too many in "received online"
    typed.resolved_ontime += 30 * 210 - 30 * 21; // still balanced: only the outlier rule can speak
    for (const [key, value] of Object.entries(typed)) {
      const outcome = (await page.evaluate(([r, v]) => window.__excel.type(r, v), [`BC_dossiers.${key}`, value] as const)) as TypeOutcome;
      expect(outcome, key).toEqual({ accepted: true });
    }
    await page.getByRole("button", { name: /Kết quả giải quyết thủ tục hành chính/ }).click();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();

    const warning = page.getByTestId("warning-dossiers-outlier_received");
    await warning.waitFor();
    expect(await warning.textContent()).toContain("gấp hơn 5 lần mức bình thường của đơn vị (trung vị của 3 báo cáo gần nhất:");
    expect(await page.getByTestId("warning-dossiers-balance").count()).toBe(0);
    await page.getByRole("button", { name: "Gửi báo cáo", exact: true }).click();
    await page.getByText("Sửa hết lỗi và giải trình các cảnh báo trước khi gửi.").first().waitFor();
    expect((await central("GET", reportPath(periodId, "dossiers", unitCode))).status).toBe(404);
    expect(pageErrors).toEqual([]);
  });

  it("keeps an explanation being typed across a restart of the pane, and sends it with the report", async () => {
    const EXPLANATION = "Tháng này tiếp nhận đợt hồ sơ cấp đổi giấy chứng nhận hàng loạt.";
    await page.getByTestId("warning-dossiers-outlier_received").getByRole("textbox").fill(EXPLANATION);
    await page.reload(); // Excel restarts the pane: the workbook stays, the pane starts again
    await page.getByTestId("unit").getByText(UNIT_NAME).waitFor();
    await page.getByTestId("window").waitFor(); // the period and the earlier reports are loaded
    expect(await page.getByRole("combobox", { name: "Kỳ báo cáo" }).inputValue()).toBe(periodId);
    // The other form filled too: the pane sends both together.
    for (const [key, value] of Object.entries({ tthc_total: 100, tthc_not_at_center: 10, full_cycle_done: 50, full_cycle_added: 20 })) {
      const outcome = (await page.evaluate(([r, v]) => window.__excel.type(r, v), [`BC_centers.${key}`, value] as const)) as TypeOutcome;
      expect(outcome, key).toEqual({ accepted: true });
    }
    await page.getByRole("button", { name: /Kết quả giải quyết thủ tục hành chính/ }).click();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const kept = page.getByTestId("warning-dossiers-outlier_received").getByRole("textbox");
    await expect.poll(() => kept.inputValue()).toBe(EXPLANATION);
    await page.getByTestId("warning-dossiers-outlier_resolved").getByRole("textbox").fill("Giải quyết theo đợt cấp đổi.");
    await page.getByRole("button", { name: "Gửi báo cáo", exact: true }).click();
    await page.getByText(/Đã gửi Kết quả giải quyết thủ tục hành chính: biên nhận/).first().waitFor();
    const stored = await central<{ explanations: Record<string, string> }>("GET", reportPath(periodId, "dossiers", unitCode));
    expect(stored.json.explanations).toEqual({ outlier_received: EXPLANATION, outlier_resolved: "Giải quyết theo đợt cấp đổi." });
    // Sent and stored: the drafts of that form are dropped, a later warning gets its own explanation.
    const drafts = await page.evaluate((key) => localStorage.getItem(key), `baocao.explanations.${unitCode}.${periodId}`);
    expect(JSON.parse(drafts ?? "{}")).not.toHaveProperty("dossiers");
    expect(pageErrors).toEqual([]);
  });

  it("says when it checked without the unit's earlier reports (they could not be loaded)", async () => {
    await browser.context.route("**/history", (route) => route.abort("internetdisconnected"));
    await page.reload();
    await page.getByTestId("unit").getByText(UNIT_NAME).waitFor();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByText("Chưa tải được các báo cáo kỳ trước của đơn vị (mất mạng?)", { exact: false }).first().waitFor();
    await browser.context.unroute("**/history");
  });
});
