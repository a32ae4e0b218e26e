import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { monthsOf, periodContaining, previousPeriod, vietnamDate } from "../../shared/periods/index.ts";
import { THREE_MONTHS } from "./three-months.ts";
import { openBrowser, watchedPage } from "./browser.ts";
import { central, registerUnit, reportPath } from "./worker-api.ts";
import { percentVi } from "../../shared/text/numbers-vi.ts";

/** The city report of a quarter on the central page: units derived from their months named, the rates as bars. */
const unitCode = `ct-derived-${Date.now().toString(36)}`;
const UNIT_NAME = "UBND xã Tổng Hợp Tháng";
const quarter = previousPeriod(periodContaining(vietnamDate(new Date()), "quarter")); // offered by the page
const MONTHS = THREE_MONTHS;

describe("the city report on the central page", () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const token = await registerUnit(unitCode, UNIT_NAME);
    for (const [i, m] of monthsOf(quarter).entries()) {
      const put = await fetch(`${inject("baseUrl")}${reportPath(m.id, "dossiers", unitCode)}`, {
        method: "PUT",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ values: MONTHS[i] }),
      });
      expect(put.status).toBe(201);
    }
    browser = await openBrowser();
    page = await watchedPage(browser, pageErrors);
  });

  afterAll(async () => browser?.close());

  it("names the units whose quarter was derived from their months, and draws the quarter's rates", async () => {
    await page.goto(`${inject("baseUrl")}/central/index.html`);
    await page.getByLabel("Mã quản trị của Văn phòng").fill(inject("adminToken"));
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption(quarter.id);

    const report = (await central<{
      rates: Record<string, number | null>;
      units: Array<{ code: string; name: string; source: string; rates: Record<string, number | null> }>;
      targets: Record<string, { target: number; plan: string }>;
    }>("GET", `/api/v1/reports/${quarter.id}/dossiers`)).json;
    const derived = report.units.filter((u) => u.source === "derived").map((u) => u.name);
    expect(derived).toContain(UNIT_NAME);
    const list = page.getByTestId("derived-dossiers");
    await expect.poll(() => list.textContent()).toBe(`Đơn vị có số liệu tổng hợp từ các báo cáo tháng: ${derived.join(", ")}.`);

    const chart = page.getByTestId("kpi-dossiers");
    for (const [id, rate] of Object.entries(report.rates)) {
      expect(await chart.locator(`[data-rate="${id}"]`).textContent()).toContain(rate === null ? "—" : percentVi(rate));
    }
    // The demo's plan (npm start's, item III.3.3 of Hải Phòng's plan) marks 60% on the online rate only.
    expect(report.targets).toEqual({ online_rate: { target: 0.6, plan: expect.stringContaining("257/QĐ-UBND") } });
    // Judged for each unit too: the units below 60%, lowest first, with their own rates.
    const below = report.units
      .filter((u) => u.rates.online_rate !== null && u.rates.online_rate! < 0.6)
      .sort((a, b) => a.rates.online_rate! - b.rates.online_rate! || a.code.localeCompare(b.code));
    const belowText = await page.getByTestId("below-dossiers-online_rate").textContent();
    expect(belowText).toContain(below.length === 0 ? "mọi đơn vị có số liệu đều đạt" : below.map((u) => `${u.name} ${percentVi(u.rates.online_rate!)}`).join("; "));
    const mark = chart.locator('[data-rate="online_rate"] [data-target]');
    expect(await mark.getAttribute("data-target")).toBe("0.6");
    expect(await mark.getAttribute("title")).toBe(`Mục tiêu ${percentVi(0.6)} theo ${report.targets.online_rate!.plan}`);
    expect(await chart.locator('[data-rate="online_rate"]').textContent()).toContain(`(mục tiêu ${percentVi(0.6)})`);
    expect(await chart.locator("[data-target]").count()).toBe(1);
    const online = report.rates.online_rate;
    expect(await chart.locator('[data-rate="online_rate"] [data-met]').getAttribute("data-met")).toBe(online == null ? "unknown" : String(online >= 0.6));
    expect(await page.getByTestId("kpi-plans-dossiers").textContent()).toBe(`Mục tiêu theo ${report.targets.online_rate!.plan}.`);
    // The plan sets nothing for the centres' rates: said without claiming there is no plan.
    expect(await page.getByTestId("kpi-plans-centers").textContent()).toBe("Không có kế hoạch nào đặt mục tiêu cho các tỷ lệ này trong kỳ.");
    expect(pageErrors).toEqual([]);
  });
});
