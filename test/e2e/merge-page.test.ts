import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser, watchedPage, type Browser } from "./browser.ts";
import { central, reportPath } from "./worker-api.ts";

/** Merging communes on the central page's registry, in Chromium against the real worker, and what the reports make of it. */
const suffix = Date.now().toString(36);
const PREFIX = `MP-${suffix}-`;
const PROVINCE = `${PREFIX}T`;
const A = `${PREFIX}A`;
const B = `${PREFIX}B`;
const C = `${PREFIX}C`;
const NAMES: Record<string, string> = {
  [PROVINCE]: `Sở Sáp Nhập ${suffix}`,
  [A]: `Xã An Hòa ${suffix}`,
  [B]: `Xã Bình Lợi ${suffix}`,
  [C]: `Xã An Bình Mới ${suffix}`,
};
const LAST_YEAR = "2031-Q3";
const PERIOD = "2032-Q3";
const tokens: Record<string, string> = {};

/** A consistent `dossiers` report (received 10 = resolved 6 + pending 3 + returned 1). */
const dossiers = {
  received_online: 5, received_direct: 3, carried_over: 2,
  resolved_early: 1, resolved_ontime: 4, resolved_late: 1,
  pending_intime: 2, pending_overdue: 1,
  returned: 1,
};

/** A unit's `dossiers` report for a period, sent from Node with its own token. */
async function submit(period: string, code: string) {
  const response = await fetch(`${inject("baseUrl")}${reportPath(period, "dossiers", code)}`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${tokens[code]}`, "Content-Type": "application/json" },
    body: JSON.stringify({ values: dossiers }),
  });
  return { status: response.status, json: (await response.json()) as { error?: { code: string; message: string } } };
}

type Unit = { code: string; name: string; retiredFrom?: string; mergedInto?: string };
const unitOf = async (code: string) => (await central<Unit[]>("GET", "/api/v1/units")).json.find((unit) => unit.code === code);

describe("merging units on the central page", () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    for (const [code, level, parent] of [[PROVINCE, "cap-tinh", null], [A, "cap-xa", PROVINCE], [B, "cap-xa", PROVINCE], [C, "cap-xa", PROVINCE]] as const) {
      const created = await central("PUT", `/api/v1/units/${code}`, { name: NAMES[code], level, parent });
      if (created.status !== 201) throw new Error(`registering ${code}: ${created.status} ${JSON.stringify(created.json)}`);
      const issued = await central<{ token: string }>("POST", `/api/v1/units/${code}/tokens`);
      if (issued.status !== 201) throw new Error(`a token for ${code}: ${issued.status}`);
      tokens[code] = issued.json.token;
    }
    for (const code of [A, B]) expect((await submit(LAST_YEAR, code)).status).toBe(201);
    browser = await openBrowser();
    page = await watchedPage(browser, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const registry = () => page.getByTestId("registry");
  const row = (code: string) => registry().getByTestId("unit-table").locator(`tr[data-code="${code}"]`);
  const search = (text: string) => registry().getByLabel("Tìm theo mã hoặc tên").fill(text);

  it("merges a commune into another from its editor, after saying what that does", async () => {
    await page.goto(`${inject("baseUrl")}/central/index.html`);
    await page.getByLabel("Mã quản trị của Văn phòng").fill(inject("adminToken"));
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await page.getByRole("tab", { name: "Đơn vị", exact: true }).click();
    await search(A);
    await row(A).getByRole("button", { name: `Sửa ${A}` }).click();

    const retirement = registry().getByTestId("unit-editor").getByTestId("unit-retirement");
    await retirement.getByText("Sáp nhập / ngừng hoạt động", { exact: true }).waitFor();
    await retirement.getByLabel("Từ tháng").fill("2032-01");
    // Typed without diacritics: the one unit it matches is chosen.
    await retirement.getByLabel("Tìm đơn vị nhận sáp nhập").fill(`xa an binh moi ${suffix}`);
    const successor = retirement.getByRole("combobox", { name: "Sáp nhập vào" });
    await expect.poll(() => successor.inputValue()).toBe(C);
    const offered = await successor.locator("option").allTextContents();
    expect(offered).toContain("Không sáp nhập — chỉ ngừng hoạt động");
    expect(offered.some((text) => text.startsWith(`${A} `))).toBe(false); // never into itself

    await retirement.getByRole("button", { name: "Sáp nhập / ngừng hoạt động…" }).click();
    expect(await retirement.getByTestId("confirm-question").textContent()).toBe(
      `Từ kỳ tháng 01/2032, ${NAMES[A]} không còn phải gửi báo cáo; số liệu các kỳ trước của ${NAMES[A]} được tính cho ${NAMES[C]} khi so sánh với cùng kỳ năm trước.`,
    );
    await retirement.getByRole("button", { name: "Xác nhận", exact: true }).click();
    await expect.poll(() => registry().getByTestId("registry-notice").textContent()).toBe(`Đã sáp nhập ${NAMES[A]} vào ${NAMES[C]} từ tháng 01/2032.`);
    expect(await unitOf(A)).toMatchObject({ retiredFrom: "2032-01", mergedInto: C });
    // Hidden from the list by default; its editor now offers the undo and no new token.
    await expect.poll(() => row(A).count()).toBe(0);
    await retirement.getByRole("button", { name: "Hoàn tác sáp nhập" }).waitFor();
    expect(await registry().getByRole("button", { name: "Cấp mã mới và in phiếu" }).count()).toBe(0);
    await registry().getByTestId("unit-editor").getByRole("button", { name: "Đóng", exact: true }).click();
  });

  it("merges the selected units at once, offering no merged unit as the successor", async () => {
    await search(PREFIX.toLowerCase());
    await expect.poll(() => registry().getByTestId("registry-count").textContent()).toMatch(/^Đang hiện 3\//);
    await row(B).getByRole("checkbox", { name: `Chọn ${B}` }).click();
    const bar = registry().getByTestId("merge-selected");
    await bar.getByRole("button", { name: "Sáp nhập các đơn vị đã chọn vào…" }).click();
    await bar.getByLabel("Từ tháng").fill("2032-01");
    const successor = bar.getByRole("combobox", { name: "Sáp nhập vào" });
    const offered = await successor.locator("option").allTextContents();
    expect(offered.some((text) => text.startsWith(`${A} `))).toBe(false); // merged already
    expect(offered.some((text) => text.startsWith(`${B} `))).toBe(false); // selected
    expect(offered).not.toContain("Không sáp nhập — chỉ ngừng hoạt động");
    await successor.selectOption(C);
    await bar.getByRole("button", { name: "Sáp nhập các đơn vị đã chọn vào…" }).click();
    expect(await bar.getByTestId("confirm-question").textContent()).toContain(`số liệu các kỳ trước của ${NAMES[B]} được tính cho ${NAMES[C]}`);
    await bar.getByRole("button", { name: "Xác nhận", exact: true }).click();
    await expect.poll(() => bar.getByTestId("merge-selected-done").textContent()).toBe(`Đã sáp nhập: ${NAMES[B]}.`);
    await expect.poll(() => registry().getByTestId("registry-count").textContent()).toMatch(/^Đang hiện 2\//);
    expect(await registry().getByTestId("selected-count").textContent()).toBe("Đã chọn 0 đơn vị");
    expect(await unitOf(B)).toMatchObject({ retiredFrom: "2032-01", mergedInto: C });
  });

  it("shows the merged units with their badge when asked, never as selectable", async () => {
    const showAll = registry().getByRole("checkbox", { name: "Hiện cả đơn vị đã sáp nhập, ngừng hoạt động" });
    await showAll.click();
    await expect.poll(() => registry().getByTestId("registry-count").textContent()).toMatch(/^Đang hiện 4\//);
    for (const code of [A, B]) {
      expect(await row(code).getByTestId("retired-badge").textContent()).toBe(`Đã sáp nhập vào ${NAMES[C]} (${C}) từ tháng 01/2032`);
      expect(await row(code).getByRole("checkbox").count()).toBe(0);
    }
    expect(await row(C).getByTestId("retired-badge").count()).toBe(0);
    await showAll.click();
    await expect.poll(() => row(A).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("counts the merged units' last year for the successor, and refuses their reports from then on", async () => {
    expect((await submit(PERIOD, C)).status).toBe(201);
    const report = await central<{ lastYear: { units: { code: string; includes?: string[] }[] } | null }>("GET", `/api/v1/reports/${PERIOD}/dossiers`);
    expect(report.status).toBe(200);
    const line = report.json.lastYear?.units.find((unit) => unit.code === C);
    expect([...(line?.includes ?? [])].sort()).toEqual([A, B]);
    expect(report.json.lastYear?.units.map((unit) => unit.code)).not.toContain(A);
    const refused = await submit(PERIOD, A);
    expect(refused.status).toBe(409);
    expect(refused.json.error?.code).toBe("unit_retired");
  });

  it("names the merged units under the period's report, and filters the matrix by level", async () => {
    // The period list follows today's date: the page is told it is October 2032 to offer 2032-Q3.
    await page.clock.setFixedTime(new Date("2032-10-20T03:00:00Z"));
    await page.reload();
    await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption(PERIOD);
    const note = page.getByTestId("merged-dossiers");
    await expect.poll(() => note.textContent(), { timeout: 20_000 }).toBe(
      `So sánh với cùng kỳ năm trước tính cả số liệu của các đơn vị đã sáp nhập: ${NAMES[C]} gồm ${NAMES[A]}, ${NAMES[B]}.`,
    );

    const matrix = page.getByTestId("matrix");
    expect(await matrix.textContent()).not.toContain(A);
    const level = page.getByTestId("matrix-level");
    const reminder = page.getByTestId("reminder");
    await level.selectOption("cap-xa");
    await expect.poll(() => reminder.inputValue()).toContain(`${C} — ${NAMES[C]}`);
    expect(await reminder.inputValue()).not.toContain(PROVINCE);
    expect(await matrix.textContent()).toContain(NAMES[C]);
    await level.selectOption("cap-tinh");
    await expect.poll(() => reminder.inputValue()).toContain(`${PROVINCE} — ${NAMES[PROVINCE]}`);
    expect(await reminder.inputValue()).not.toContain(C);
    expect(await matrix.textContent()).not.toContain(NAMES[C]);
    expect(pageErrors).toEqual([]);
  });

  it("undoes a merger made by mistake", async () => {
    await page.getByRole("tab", { name: "Đơn vị", exact: true }).click();
    await registry().getByRole("checkbox", { name: "Hiện cả đơn vị đã sáp nhập, ngừng hoạt động" }).click();
    await search(A);
    await row(A).getByRole("button", { name: `Sửa ${A}` }).click();
    const retirement = registry().getByTestId("unit-retirement");
    expect(await retirement.getByTestId("retirement-state").textContent()).toBe(`Đã sáp nhập vào ${NAMES[C]} (${C}) từ tháng 01/2032`);
    await retirement.getByRole("button", { name: "Hoàn tác sáp nhập" }).click();
    expect(await retirement.getByTestId("confirm-question").textContent()).toContain(`Đưa ${NAMES[A]} hoạt động trở lại?`);
    await retirement.getByRole("button", { name: "Xác nhận", exact: true }).click();
    await expect.poll(() => registry().getByTestId("registry-notice").textContent()).toBe(`${NAMES[A]} đã hoạt động trở lại.`);
    const unit = await unitOf(A);
    expect(unit?.retiredFrom).toBeUndefined();
    expect(unit?.mergedInto).toBeUndefined();
    expect(await row(A).getByTestId("retired-badge").count()).toBe(0);
    await row(A).getByRole("checkbox", { name: `Chọn ${A}` }).waitFor();
    await retirement.getByRole("button", { name: "Sáp nhập / ngừng hoạt động…" }).waitFor(); // mergeable again
    expect(pageErrors).toEqual([]);
  });
});
