import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { centralPeriods } from "../../addin/central/central-periods.ts";
import type { StateCounts } from "../../shared/api/schemas.ts";
import { vietnamDate } from "../../shared/periods/index.ts";
import { openBrowser, watchedPage } from "./browser.ts";
import { parsePeriodId } from "../../shared/periods/index.ts";
import { samePeriodLastYear } from "../../shared/periods/same-period.ts";
import { central, communeForms, registerUnit, reportPath } from "./worker-api.ts";
import { percentVi } from "../../shared/text/numbers-vi.ts";

/** The central office's page in Chromium against the real worker: status, reminder, figures, workbook. */
const suffix = Date.now().toString(36);
const SENT = `ct-sent-${suffix}`;
const MISSING = `ct-miss-${suffix}`;
const periodId = centralPeriods(new Date())[0]!.id; // the month in progress: its deadline is ahead
const VALUES = {
  carried_over: 3, received_online: 12, received_direct: 5, resolved_early: 4, resolved_ontime: 8,
  resolved_late: 1, pending_intime: 5, pending_overdue: 1, returned: 1,
};

/** The unit's own PUT of its dossiers report, from the test (not the page). */
const submitAsUnit = (token: string, period = periodId) =>
  fetch(`${inject("baseUrl")}${reportPath(period, "dossiers", SENT)}`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ values: VALUES }),
  });

describe("the central office's page", () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  const pageErrors: string[] = [];
  let unitToken = "";

  beforeAll(async () => {
    unitToken = await registerUnit(SENT, "Xã Đã Gửi");
    await registerUnit(MISSING, "Xã Chưa Gửi");
    const put = await submitAsUnit(unitToken);
    expect([200, 201]).toContain(put.status);
    const lastYear = await submitAsUnit(unitToken, samePeriodLastYear(parsePeriodId(periodId)!)!.id);
    expect([200, 201]).toContain(lastYear.status);
    browser = await openBrowser();
    page = await watchedPage(browser, pageErrors);
  });

  afterAll(async () => {
    await central("DELETE", `/api/v1/periods/${periodId}/lock`); // never leave the month locked for the next files
    await browser?.close();
  });

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
    // Last year's same month under the city's total, with the change.
    const last = (await central<{ lastYear: { total: Record<string, number> } }>("GET", `/api/v1/reports/${periodId}/dossiers`)).json.lastYear;
    const before = last.total.received_total!;
    const change = report.total.received_total! - before;
    expect(await figures.locator("tr[data-last-year]").last().textContent()).toContain(
      `${before.toLocaleString("vi-VN")} (${change > 0 ? "+" : change < 0 ? "−" : ""}${Math.abs(change).toLocaleString("vi-VN")})`,
    );

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải bảng tổng hợp (.xlsx)" }).click()]);
    expect(download.suggestedFilename()).toBe(`Báo cáo tổng hợp ${periodId}.xlsx`);
  });

  it("downloads the city's draft report in Word from its button", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải dự thảo báo cáo (Word)" }).click()]);
    expect(download.suggestedFilename()).toBe(`Dự thảo báo cáo ${periodId}.docx`);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(bytes.includes(Buffer.from("word/document.xml"))).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it("marks a missing report past its level's deadline as overdue, and puts the deadline in the reminder", async () => {
    const today = vietnamDate(new Date());
    for (const id of [periodId, centralPeriods(new Date())[1]!.id]) {
      const deadline = (await central<{ deadlines: Record<string, string> }>("GET", `/api/v1/periods/${id}`)).json.deadlines["cap-xa"]!; // registerUnit makes communes
      const past = today > deadline;
      await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption(id);
      const row = page.getByTestId("matrix").locator("tr", { hasText: MISSING });
      await expect.poll(() => row.textContent()).toContain(past ? "Quá hạn, chưa gửi" : "Chưa gửi");
      if (!past) expect(await row.textContent()).not.toContain("Quá hạn");
      const day = `${deadline.slice(8, 10)}/${deadline.slice(5, 7)}/${deadline.slice(0, 4)}`;
      const titles = communeForms(parsePeriodId(id)!.type).map((f) => f.title.vi).join("; "); // every form a commune files
      expect(await page.getByTestId("reminder").inputValue()).toContain(`${MISSING} — Xã Chưa Gửi: ${titles} (hạn ${day}${past ? ", đã quá hạn" : ""})`);
    }
    await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption(periodId);
    await page.getByTestId("matrix").locator("tr", { hasText: SENT }).getByText("Đã gửi · v1").waitFor();
  });

  it("opens a report with its values and returns it with a comment", async () => {
    await page.getByRole("button", { name: "Xã Đã Gửi — Giải quyết TTHC" }).click();
    const detail = page.getByTestId("detail");
    await detail.getByText("Mới tiếp nhận trực tuyến").waitFor();
    expect(await detail.textContent()).toContain("phiên bản 1");
    // The unit's own report of last year's same month beside each value (the same figures: no change).
    expect(await detail.getByTestId("detail-last-year").textContent()).toContain(samePeriodLastYear(parsePeriodId(periodId)!)!.id);
    expect(await detail.locator("tr", { hasText: "Mới tiếp nhận trực tuyến" }).textContent()).toContain("12 (0)");
    await detail.getByRole("button", { name: "Trả lại để sửa" }).isDisabled();
    await detail.getByRole("textbox").fill("Thiếu số hồ sơ trực tiếp.");
    await detail.getByRole("button", { name: "Trả lại để sửa" }).click();
    const row = page.getByTestId("matrix").locator("tr", { hasText: SENT });
    await expect.poll(() => row.textContent()).toContain("Đã trả lại");
    const stored = await central<{ review: { decision: string; comment: string } }>("GET", reportPath(periodId, "dossiers", SENT));
    expect(stored.json.review).toMatchObject({ decision: "returned", comment: "Thiếu số hồ sơ trực tiếp." });
  });

  it("draws each rate of the city as a bar with its value, as the worker computed it", async () => {
    const report = (await central<{ rates: Record<string, number | null> }>("GET", `/api/v1/reports/${periodId}/dossiers`)).json;
    const chart = page.getByTestId("kpi-dossiers");
    for (const [id, rate] of Object.entries(report.rates)) {
      const bar = chart.locator(`[data-rate="${id}"]`);
      expect(await bar.textContent()).toContain(rate === null ? "—" : percentVi(rate));
    }
    expect(Object.keys(report.rates).length).toBeGreaterThan(0);
  });

  it("shows the server's counts per level and for the whole city, returned included", async () => {
    const cell = page.getByTestId("counts").locator('tr[data-level="all"] td[data-form="dossiers"]');
    const expected = async () => {
      const counts = (await central<{ counts: Record<string, Record<string, StateCounts>> }>("GET", `/api/v1/status/${periodId}`)).json.counts;
      const c = counts.all!.dossiers!;
      expect(c.returned).toBeGreaterThanOrEqual(1);
      return `${c.submitted}/${c.expected} đã gửi · ${c.late} muộn · ${c.missing} chưa gửi · ${c.returned} trả lại · ${c.accepted} chấp nhận`;
    };
    const text = await expected();
    await expect.poll(() => cell.textContent()).toBe(text);
    expect(await page.getByTestId("counts").locator('tr[data-level="cap-xa"]').textContent()).toContain("trả lại");
  });

  it("locks the period after a confirmation, shows it, refuses a unit's report with 423, and reopens it", async () => {
    const lock = page.getByTestId("lock");
    const state = lock.getByTestId("lock-state");
    await expect.poll(() => state.textContent()).toContain("Kỳ đang mở");
    await lock.getByLabel("Lý do (không bắt buộc)").fill("Đã chốt số liệu");
    await lock.getByRole("button", { name: "Khóa sổ", exact: true }).click();
    expect(await lock.textContent()).toContain(`Khóa sổ kỳ ${periodId}?`);
    await lock.getByRole("button", { name: "Xác nhận khóa sổ" }).click();
    await expect.poll(() => state.textContent()).toMatch(/^Đã khóa sổ từ \d\d:\d\d \d\d\/\d\d\/\d{4} bởi Văn phòng — lý do: Đã chốt số liệu/);

    const stored = await central<{ locked: boolean; reason: string }>("GET", `/api/v1/periods/${periodId}/lock`);
    expect(stored.json).toMatchObject({ locked: true, reason: "Đã chốt số liệu" });
    const refused = await submitAsUnit(unitToken);
    expect(refused.status).toBe(423);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("period_locked");

    await page.reload(); // the state comes from the worker, not from the page's memory
    await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption(periodId);
    await expect.poll(() => state.textContent()).toContain("Đã khóa sổ từ");
    await lock.getByRole("button", { name: "Mở lại", exact: true }).click();
    await expect.poll(() => state.textContent()).toMatch(/^Kỳ đang mở.*Mở lại lúc/);
    expect([200, 201]).toContain((await submitAsUnit(unitToken)).status);
  });

  it("lists the audit log newest first with filters, the review and the lock among them, and pages to older entries", async () => {
    const audit = page.getByTestId("audit");
    const rows = audit.getByTestId("audit-table").locator("tbody tr");
    await audit.getByLabel("Mã đơn vị").fill(SENT);
    await audit.getByRole("button", { name: "Tìm", exact: true }).click();
    // Wait for the filtered list itself: the unfiltered one (other tests write to the log meanwhile) may hold the entry too.
    await expect
      .poll(async () => {
        const shown = await rows.allTextContents();
        return shown.length > 0 && shown.every((t) => t.includes(SENT)) && shown.some((t) => t.includes(`Trả lại báo cáo${periodId}/dossiers/${SENT}`));
      })
      .toBe(true);
    const texts = await rows.allTextContents();
    expect(texts[0]).toMatch(/^\d\d:\d\d \d\d\/\d\d\/\d{4}Đơn vị /); // Vietnam's time, then the actor
    expect(texts[0]).toContain(`Đơn vị ${SENT}Gửi báo cáo${periodId}/dossiers/${SENT}`); // the resubmission after reopening is the newest
    expect(texts.some((t) => t.includes("Văn phòngTrả lại báo cáo") && t.includes("Thiếu số hồ sơ trực tiếp."))).toBe(true);

    await audit.getByLabel("Mã đơn vị").fill("");
    await audit.getByRole("combobox", { name: "Thao tác" }).selectOption({ label: "Khóa sổ kỳ" });
    await audit.getByRole("button", { name: "Tìm", exact: true }).click();
    await expect.poll(() => rows.first().textContent()).toContain(`Khóa sổ kỳ${periodId}Lý do: Đã chốt số liệu`);

    for (let i = 0; i < 21; i++) expect((await central("POST", `/api/v1/units/${SENT}/tokens`)).status).toBe(201);
    const all = (await central<unknown[]>("GET", `/api/v1/audit?unit=${SENT}&action=token.issue&limit=500`)).json.length;
    expect(all).toBeGreaterThan(20);
    await audit.getByLabel("Mã đơn vị").fill(SENT);
    await audit.getByLabel("Kỳ", { exact: true }).fill("");
    await audit.getByRole("combobox", { name: "Thao tác" }).selectOption({ label: "Cấp mã truy cập" });
    await audit.getByRole("button", { name: "Tìm", exact: true }).click();
    // The filtered first page itself (the list shown before may also hold 20 rows), then the older ones.
    await expect.poll(async () => {
      const shown = await rows.allTextContents();
      return shown.length === 20 && shown.every((t) => t.includes("Cấp mã truy cập"));
    }).toBe(true);
    await audit.getByRole("button", { name: "Cũ hơn" }).click();
    await expect.poll(() => rows.count()).toBe(all);
    expect(await audit.getByRole("button", { name: "Cũ hơn" }).count()).toBe(0);
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
