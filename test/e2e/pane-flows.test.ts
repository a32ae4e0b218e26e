import { join } from "node:path";
import type { Page, Route } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { periodsToOffer } from "../../addin/ui/periods.ts";
import { STYLE } from "../../shared/layout/styles.ts";
import type { PeriodInfo, Submission } from "../../shared/api/schemas.ts";
import { centers } from "../../shared/forms/centers.ts";
import { dossiers } from "../../shared/forms/dossiers.ts";
import { columnText } from "../../shared/validation/wording.ts";
import { openBrowser, watchedPage } from "./browser.ts";
import { useFakeOffice, type CellView, type TypeOutcome } from "./fake-office/index.ts";
import { central, communeForms, registerUnit, reportPath } from "./worker-api.ts";
import { vnDate } from "../../shared/text/vietnam-format.ts";
import { percentVi } from "../../shared/text/numbers-vi.ts";

/**
 * The task pane's flows in Debian Chromium, with the fake Excel host of ./fake-office standing in
 * for Office, against the real worker of `npm start` (test/e2e/global-setup.ts). The steps run in
 * order on one page and one workbook, as a clerk would go through them.
 */

const ASSETS = join(import.meta.dirname, "../../dist/public/addin");
const unitCode = `xa-e2e-${Date.now().toString(36)}`;
const unitName = "UBND xã Thử Nghiệm";
// The month in progress: its deadline is ahead, so a submission is on time whatever the date.
const periodId = periodsToOffer(new Date())[1]!.id;

const name = (formId: string, key: string) => `BC_${formId}.${key}`;
const D = (key: string) => name("dossiers", key);
const C = (key: string) => name("centers", key);

/** What the clerk types for version 1: balanced but for `returned` (5 short), which the balance rule warns about. */
const DOSSIERS_V1 = {
  carried_over: 10, received_online: 1209, received_direct: 20,
  resolved_early: 600, resolved_ontime: 500, resolved_late: 39,
  pending_intime: 80, pending_overdue: 10,
  returned: 5,
};
const CENTERS_V1 = { tthc_total: 100, tthc_not_at_center: 10, full_cycle_done: 50, full_cycle_added: 20 };
const EXPLANATION = "5 hồ sơ chuyển cơ quan khác giải quyết.";

describe("the task pane in Excel, against the real worker", () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  let token: string;
  let period: PeriodInfo;
  const pageErrors: string[] = [];
  /** While true, the pane's own files come from disk, as Office's web view serves them from its cache. */
  let offline = false;

  const excel = {
    cell: (ref: string) => page.evaluate((r) => window.__excel.cell(r), ref) as Promise<CellView>,
    type: (ref: string, input: string | number) => page.evaluate(([r, i]) => window.__excel.type(r, i), [ref, input] as const) as Promise<TypeOutcome>,
    paste: (ref: string, text: string) => page.evaluate(([r, t]) => window.__excel.paste(r, t), [ref, text] as const),
    sheets: () => page.evaluate(() => window.__excel.sheets()),
    names: () => page.evaluate(() => window.__excel.names()),
    selection: () => page.evaluate(() => window.__excel.selection()),
    runs: () => page.evaluate(() => window.__excel.runs()),
  };

  const typeAll = async (values: Record<string, number>, ref: (key: string) => string) => {
    for (const [key, value] of Object.entries(values)) expect(await excel.type(ref(key), value), key).toEqual({ accepted: true });
  };

  const button = (label: string) => page.getByRole("button", { name: label, exact: true });
  const notices = () => page.getByRole("status");
  const badge = (formId: string) => page.getByTestId(`state-${formId}`);
  const open = async (title: string) => {
    const header = page.getByRole("button", { name: new RegExp(title) });
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  };
  /** Chooses the month in progress and waits for the worker's answer about it (its window and deadline). */
  const choosePeriod = async () => {
    await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption(periodId);
    await waitFor(`Số liệu từ ${vnDate(period.start)} đến ${vnDate(period.end)}; hạn gửi ${vnDate(period.deadline)}`, page.getByTestId("window"));
  };
  const waitFor = (text: string | RegExp, within = page.locator("body")) => within.getByText(text).first().waitFor();

  beforeAll(async () => {
    token = await registerUnit(unitCode, unitName);
    period = (await central<PeriodInfo>("GET", `/api/v1/periods/${periodId}`)).json;
    browser = await openBrowser();
    await useFakeOffice(browser.context);
    await browser.context.route(/\/addin\/taskpane\.(html|js)$/, (route: Route) => {
      if (!offline) return route.fallback();
      const file = new URL(route.request().url()).pathname.split("/").pop()!;
      return route.fulfill({ path: join(ASSETS, file), contentType: file.endsWith(".js") ? "application/javascript" : "text/html" });
    });
    page = await watchedPage(browser, pageErrors);
  });

  afterAll(async () => browser?.close());

  // The steps build on each other: after a failure the rest would only time out, so they are skipped.
  const LAST = "threw no page error and sent nothing beyond 127.0.0.1";
  let failed: string | null = null;
  beforeEach((context) => {
    if (failed && context.task.name !== LAST) context.skip(`skipped: the step "${failed}" failed`);
    context.onTestFailed(() => void (failed ??= context.task.name));
  });

  it("signs in with the unit's token and stays signed in after a reload", async () => {
    await page.goto(`${inject("baseUrl")}/addin/taskpane.html`);
    await page.getByLabel("Mã truy cập của đơn vị").fill(token);
    await button("Đăng nhập").click();
    await waitFor(unitName, page.getByTestId("unit"));
    expect(await page.getByTestId("unit").textContent()).toContain(unitCode);

    await page.reload();
    await waitFor(unitName, page.getByTestId("unit"));
    expect(await page.getByLabel("Mã truy cập của đơn vị").count()).toBe(0);
    await choosePeriod();
  });

  it("writes both forms with their named cells, and asks before overwriting a sheet", async () => {
    const before = (await excel.runs()).length;
    await button("Ghi biểu mẫu vào sổ tính").click();
    await waitFor(`Đã ghi ${communeForms("month").length} biểu vào sổ tính`, notices());
    expect(await excel.sheets()).toEqual(expect.arrayContaining([dossiers.layout.sheetName, centers.layout.sheetName]));
    const names = await excel.names();
    for (const key of Object.keys(DOSSIERS_V1)) expect(names).toContain(D(key));
    for (const key of Object.keys(CENTERS_V1)) expect(names).toContain(C(key));
    expect(names).toContain(D("received_total"));
    expect(names).toContain(C("_period"));
    expect((await excel.cell(D("received_online"))).address).toMatch(/^'Giải quyết TTHC'!/);
    expect((await excel.cell(D("received_online"))).fill).toBe(STYLE.inputFill);
    expect((await excel.cell(D("received_total"))).formula).toMatch(/^=/);
    expect((await excel.cell(C("_period"))).value).toBe(periodId);
    expect((await excel.runs()).slice(before)).toEqual([2]); // writing every form: two syncs

    // A figure typed, then "write" again: the pane asks; cancelling keeps the figure.
    expect(await excel.type(D("returned"), 7)).toEqual({ accepted: true });
    await button("Ghi biểu mẫu vào sổ tính").click();
    const ask = page.getByText(`Sổ tính đã có trang ${communeForms("month").map((f) => f.layout.sheetName).join(", ")}`, { exact: false });
    await ask.waitFor();
    await button("Hủy").click();
    await ask.waitFor({ state: "detached" });
    expect((await excel.cell(D("returned"))).value).toBe(7);

    // Asked again and overwritten: the sheets are written afresh, their names still resolve.
    await button("Ghi biểu mẫu vào sổ tính").click();
    await ask.waitFor();
    await button("Ghi đè").click();
    await ask.waitFor({ state: "detached" });
    await expect.poll(async () => (await excel.cell(D("returned"))).value).toBe("");
    expect((await excel.sheets()).filter((s) => s === dossiers.layout.sheetName)).toHaveLength(1);
    expect((await excel.cell(D("received_online"))).address).toMatch(/^'Giải quyết TTHC'!/);
  });

  it("checks the typed figures: an error names the column, selects and highlights its cell, and clears once fixed", async () => {
    await typeAll(CENTERS_V1, C);
    await typeAll({ ...DOSSIERS_V1, received_online: 0 }, D);
    // Excel's validation refuses "1.209" typed into a count; pasted as text it gets in.
    expect(await excel.type(D("received_online"), "1.209")).toMatchObject({ accepted: false, alert: expect.stringContaining("Số liệu không hợp lệ") });
    await excel.paste(D("received_online"), "1.209");
    expect((await excel.cell(D("received_online"))).value).toBe("1.209");

    await open(dossiers.title.vi);
    const before = (await excel.runs()).length;
    await button("Kiểm tra").click();
    const errors = page.getByTestId("errors-dossiers").getByRole("listitem");
    await expect.poll(() => errors.count()).toBe(1);
    expect((await excel.runs()).slice(before)).toEqual([2]); // reading and checking every form, then marking: two syncs
    const error = (await errors.textContent())!;
    expect(error).toContain(columnText(dossiers, "received_online").vi);
    expect(error).toContain('"1.209"');
    expect(error).toContain(unitName);
    await expect.poll(async () => (await excel.cell(D("received_online"))).fill).toBe(STYLE.errorFill);
    expect((await excel.cell(D("received_direct"))).fill).toBe(STYLE.inputFill);

    await errors.getByRole("button").click();
    const cell = await excel.cell(D("received_online"));
    await expect.poll(() => excel.selection()).toBe(cell.address);
    expect(await page.evaluate(() => window.__excel.activeSheet())).toBe(dossiers.layout.sheetName);

    expect(await excel.type(D("received_online"), 1209)).toEqual({ accepted: true });
    await button("Kiểm tra").click();
    await expect.poll(() => errors.count()).toBe(0);
    await expect.poll(async () => (await excel.cell(D("received_online"))).fill).toBe(STYLE.inputFill);
    expect((await excel.cell(D("received_total"))).value).toBe(1239); // the sheet adds up as the clerk types
    // Checked without errors: the unit's own rates against the plan in force (the demo's: online dossiers 60%).
    const online = page.getByTestId("rates-dossiers").locator('[data-rate="online_rate"]');
    expect(await online.textContent()).toContain(`${percentVi(1209 / 1229)} — mục tiêu ${percentVi(0.6)}: đạt`);
    expect(await online.getAttribute("data-met")).toBe("true");
    // From here on, a task pane as narrow as Excel's: nothing sticks out sideways.
    await page.setViewportSize({ width: 350, height: 800 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
  });

  it("needs an explanation for a warning before it submits", async () => {
    const warning = page.getByTestId("warning-dossiers-balance");
    await warning.waitFor();
    expect(await warning.textContent()).toContain("chưa cân đối");
    expect((await excel.cell(D("returned"))).fill).toBe(STYLE.warningFill);

    await button("Gửi báo cáo").click();
    await waitFor("Sửa hết lỗi và giải trình các cảnh báo trước khi gửi.", notices());
    expect((await central("GET", reportPath(periodId, "dossiers", unitCode))).status).toBe(404);

    await warning.getByRole("textbox").fill(EXPLANATION);
    await button("Gửi báo cáo").click();
    await waitFor(/Đã gửi Kết quả giải quyết thủ tục hành chính: biên nhận BC-\d{8}-\w+, phiên bản 1\./, notices());
    await waitFor(/Đã gửi Thủ tục hành chính tại Trung tâm Phục vụ hành chính công: biên nhận BC-\d{8}-\w+, phiên bản 1\./, notices());
  });

  it("shows the receipt and the state, and the worker holds what was typed", async () => {
    await expect.poll(() => badge("dossiers").textContent()).toBe("Đã gửi · phiên bản 1");
    await expect.poll(() => badge("centers").textContent()).toBe("Đã gửi · phiên bản 1");

    const stored = await central<Submission>("GET", reportPath(periodId, "dossiers", unitCode));
    expect(stored.status).toBe(200);
    expect(stored.json.version).toBe(1);
    expect(stored.json.late).toBe(false);
    expect(stored.json.values).toMatchObject(DOSSIERS_V1);
    expect(stored.json.values).toMatchObject({ received_total: 1239, resolved_total: 1139, pending_total: 90 });
    expect(stored.json.explanations).toEqual({ balance: EXPLANATION });
    expect(stored.json.submittedBy).toContain(unitCode);
    expect(await page.getByText(stored.json.receipt).count()).toBeGreaterThan(0);

    const other = await central<Submission>("GET", reportPath(periodId, "centers", unitCode));
    expect(other.json.values).toMatchObject({ ...CENTERS_V1, tthc_at_center: 90, full_cycle_after: 70 });
  });

  it("queues a submission offline, keeps it across a reload, and delivers it exactly once when back online", async () => {
    offline = true;
    await browser.context.setOffline(true);
    expect(await excel.type(D("returned"), 10)).toEqual({ accepted: true }); // now balanced
    await button("Gửi báo cáo").click();
    const queue = page.getByTestId("queue");
    await waitFor("Chờ gửi (1)", queue); // only the changed report: centers is as submitted
    expect(await queue.getByRole("listitem").allTextContents()).toEqual([`${dossiers.title.vi} · ${periodId}`]);
    await waitFor(/Thủ tục hành chính tại Trung tâm Phục vụ hành chính công không thay đổi so với phiên bản 1 đã gửi/, notices());
    await expect.poll(() => badge("dossiers").textContent()).toBe("Chờ gửi");

    // A request made on a dead connection may fail only when the network is back: the pane's
    // attempt at its restart is then still under way when the `online` event comes.
    let networkBack!: () => void;
    const back = new Promise<void>((resolve) => (networkBack = resolve));
    await browser.context.route("**/api/v1/submissions/**", async (route) => {
      if (route.request().method() !== "PUT" || !offline) return route.fallback();
      await back;
      return route.abort("internetdisconnected");
    });

    // Excel restarts the pane while offline: still signed in, the queue kept in localStorage.
    await page.reload();
    await waitFor(unitName, page.getByTestId("unit"));
    await waitFor("Chờ gửi (1)", page.getByTestId("queue"));
    expect(await page.getByRole("combobox", { name: "Kỳ báo cáo" }).inputValue()).toBe(periodId); // the chosen period is kept
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem("baocao.outbox") ?? "[]") as Array<{ id: string; formId: string }>);
    expect(kept.map((q) => q.formId)).toEqual(["dossiers"]);
    expect((await excel.cell(D("returned"))).value).toBe(10); // the workbook outlived the pane

    // Back online. The first delivery reaches the worker but its answer is lost on the way back.
    const puts: string[] = [];
    const lost: number[] = [];
    await browser.context.route("**/api/v1/submissions/**", async (route) => {
      if (route.request().method() !== "PUT") return route.fallback();
      puts.push(`${new URL(route.request().url()).pathname} ${route.request().headers()["idempotency-key"]}`);
      if (puts.length > 1) return route.fallback();
      lost.push((await route.fetch()).status()); // the worker stores it…
      return route.abort("connectionreset"); // …and the pane never hears back
    });
    offline = false;
    await browser.context.setOffline(false);
    // The web view fires `online` when the network returns and the pane flushes its queue. Some
    // Chromium builds (150 here) drop the offline emulation of a page reloaded while offline, so
    // navigator.onLine is already true and no event comes: fire it as the web view would.
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    networkBack(); // the attempt made offline fails now; the pane sends once more after it
    await expect.poll(() => lost, { timeout: 15_000 }).toEqual([200]);
    expect(puts[0]).toContain("/dossiers/");
    expect((await central<unknown[]>("GET", `${reportPath(periodId, "dossiers", unitCode)}/versions`)).json).toHaveLength(2);

    // The second round resends the same Idempotency-Key: the worker answers the stored version.
    await expect
      .poll(
        async () => {
          const retry = button("Gửi lại ngay");
          if (puts.length < 2 && (await retry.count()) > 0) await retry.click({ timeout: 2_000 }).catch(() => undefined);
          return puts.length;
        },
        { timeout: 15_000, interval: 250 },
      )
      .toBeGreaterThanOrEqual(2);
    await page.getByTestId("queue").waitFor({ state: "detached" });
    await waitFor(/Đã gửi Kết quả giải quyết thủ tục hành chính: biên nhận BC-\d{8}-\w+, phiên bản 2\./, notices());
    expect(puts[1]).toBe(puts[0]); // same report, same key
    expect(puts).toHaveLength(2);
    expect(await page.evaluate(() => localStorage.getItem("baocao.outbox"))).toBeNull();

    // And once more: an `online` event with nothing queued sends nothing.
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    for (const [form, expected] of [[dossiers, [1, 2]], [centers, [1]]] as const) {
      const versions = await central<Array<{ version: number }>>("GET", `${reportPath(periodId, form.id, unitCode)}/versions`);
      expect(versions.json.map((v) => v.version), form.id).toEqual(expected);
    }
    const latest = await central<Submission>("GET", reportPath(periodId, "dossiers", unitCode));
    expect(latest.json.values).toMatchObject({ ...DOSSIERS_V1, returned: 10 });
    expect(latest.json.explanations).toEqual({});
    expect(puts).toHaveLength(2);
  });

  it("lists the versions with what changed and loads version 1 back into the sheet", async () => {
    expect(await page.getByRole("combobox", { name: "Kỳ báo cáo" }).inputValue()).toBe(periodId);
    await expect.poll(() => badge("dossiers").textContent()).toBe("Đã gửi · phiên bản 2");
    await open(dossiers.title.vi);
    const history = page.getByTestId("history-dossiers");
    await waitFor("phiên bản 1", history);
    const entries = history.locator(":scope > div");
    expect(await entries.count()).toBe(2);
    expect(await entries.nth(0).textContent()).toContain("phiên bản 2");
    expect(await entries.nth(0).textContent()).toContain("Hồ sơ trả lại hoặc công dân rút hồ sơ: 5 → 10");
    expect(await entries.nth(1).textContent()).toContain("phiên bản 1");

    await entries.nth(1).getByRole("button", { name: "Nạp bản này vào sổ tính" }).click();
    await waitFor("Đã nạp phiên bản 1 vào trang Giải quyết TTHC", notices());
    for (const [key, value] of Object.entries(DOSSIERS_V1)) expect((await excel.cell(D(key))).value, key).toBe(value);
    expect((await excel.cell(D("received_total"))).formula).toMatch(/^=/);
  });

  it("shows a report the central office returned, with its comment", async () => {
    const comment = "Số hồ sơ trả lại chưa khớp sổ theo dõi, đề nghị kiểm tra.";
    const review = await central("POST", `/api/v1/reviews/${periodId}/dossiers/${unitCode}`, { decision: "returned", version: 2, comment });
    expect(review.status).toBe(201);
    await page.reload();
    await waitFor(unitName, page.getByTestId("unit"));
    await expect.poll(() => badge("dossiers").textContent()).toBe("Bị trả lại: sửa và gửi lại · phiên bản 2");
    await open(dossiers.title.vi);
    await waitFor(comment, page.getByTestId("returned-dossiers"));
  });

  it(LAST, () => {
    expect(pageErrors).toEqual([]);
    expect(browser.blocked).toEqual([]);
  });
});
