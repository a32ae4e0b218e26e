import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser, watchedPage, type Browser } from "./browser.ts";
import { central } from "./worker-api.ts";

/** The central page's registry and staff tabs in Chromium against the real worker. */
const suffix = Date.now().toString(36);
const PROVINCE = `RG-${suffix}-T`;
const COMMUNES = `RG-${suffix}-X`; // every commune's code starts so, and nothing else's
const communeCode = (n: number) => `${COMMUNES}${String(n).padStart(3, "0")}`;
const communeName = (n: number) => `Xã Đông Hòa Bình ${String(n).padStart(3, "0")}`;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A unit list as an office would type it: the four headers, then one row per unit. */
async function unitList(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Đơn vị");
  sheet.addRow(["Mã đơn vị", "Tên đơn vị", "Cấp", "Đơn vị cấp trên"]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const registeredCodes = async () => (await central<{ code: string }[]>("GET", "/api/v1/units")).json.map((unit) => unit.code);

/** What `/api/v1/me` says of a token, asked from Node. */
async function whoIs(token: string) {
  const response = await fetch(`${inject("baseUrl")}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, json: (await response.json()) as { role: string; unit?: { code: string; parent: string | null }; staff?: { name: string; role: string } } };
}

async function signIn(page: Page, token: string) {
  await page.goto(`${inject("baseUrl")}/central/index.html`);
  await page.getByLabel("Mã quản trị của Văn phòng").fill(token);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
}

describe("the central page's units and staff", () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await openBrowser();
    page = await watchedPage(browser, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("imports a province and its hundred communes from an .xlsx: the check's plan first, then applied", async () => {
    await signIn(page, inject("adminToken"));
    await expect.poll(() => page.getByTestId("signed-in-as").textContent()).toBe("Đang đăng nhập: Mã quản trị khởi tạo — quản trị");
    for (const name of ["Kỳ báo cáo", "Đơn vị", "Cán bộ"]) await page.getByRole("tab", { name, exact: true }).waitFor();
    await page.getByRole("tab", { name: "Đơn vị", exact: true }).click();

    const rows = [[PROVINCE, `Sở Thử Nghiệm ${suffix}`, "Cấp tỉnh", ""]];
    for (let n = 1; n <= 100; n++) rows.push([communeCode(n), communeName(n), "Cấp xã", PROVINCE]);
    const registry = page.getByTestId("registry");
    await registry.getByLabel("Tệp danh sách đơn vị").setInputFiles({ name: "don-vi.xlsx", mimeType: XLSX, buffer: await unitList(rows) });
    await registry.getByRole("button", { name: "Kiểm tra tệp" }).click();
    const plan = registry.getByTestId("import-plan");
    await plan.getByText("Sẽ thêm 101 đơn vị").waitFor();
    expect(await registeredCodes()).not.toContain(PROVINCE); // a check stores nothing

    await registry.getByRole("button", { name: "Áp dụng", exact: true }).click();
    await expect.poll(() => registry.getByTestId("registry-notice").textContent()).toBe("Đã áp dụng: thêm 101, sửa 0 đơn vị.");
    const codes = await registeredCodes();
    expect(codes.filter((code) => code.startsWith(COMMUNES))).toHaveLength(100);
    expect(codes).toContain(PROVINCE);
  });

  it("finds a commune by its name typed without diacritics, and shows its parent by name", async () => {
    const registry = page.getByTestId("registry");
    await registry.getByLabel("Tìm theo mã hoặc tên").fill("xa dong hoa binh 042");
    const table = registry.getByTestId("unit-table");
    await expect.poll(() => table.locator("tbody tr").count()).toBe(1);
    const row = await table.locator("tbody tr").textContent();
    expect(row).toContain(communeCode(42));
    expect(row).toContain(communeName(42));
    expect(row).toContain("Cấp xã");
    expect(row).toContain(`Sở Thử Nghiệm ${suffix}`);
  });

  it("selects the hundred communes through the filter, issues their tokens and shows a sign-in sheet for each", async () => {
    const registry = page.getByTestId("registry");
    await registry.getByLabel("Tìm theo mã hoặc tên").fill(COMMUNES.toLowerCase());
    await registry.getByRole("combobox", { name: "Cấp", exact: true }).selectOption({ label: "Cấp xã" });
    await expect.poll(() => registry.getByTestId("registry-count").textContent()).toMatch(/^Đang hiện 100\//);
    await registry.getByRole("checkbox", { name: "Chọn tất cả đang lọc" }).click();
    expect(await registry.getByTestId("selected-count").textContent()).toBe("Đã chọn 100 đơn vị");
    await registry.getByRole("button", { name: "Cấp mã và in phiếu đăng nhập" }).click();

    const sheets = page.getByTestId("sign-in-sheet");
    await page.getByTestId("sign-in-sheets").waitFor(); // all the sheets at once, when the tokens are issued
    expect(await sheets.count()).toBe(100);
    const printed = await sheets.evaluateAll((nodes) =>
      nodes.map((node) => ({
        code: node.getAttribute("data-code"),
        name: node.querySelector('[data-testid="sheet-unit"]')?.textContent,
        token: node.querySelector('[data-testid="sheet-token"]')?.textContent ?? "",
        text: node.textContent ?? "",
      })),
    );
    expect(printed.map((sheet) => sheet.code)).toEqual(Array.from({ length: 100 }, (_, i) => communeCode(i + 1)));
    for (const [i, sheet] of printed.entries()) {
      expect(sheet.name).toBe(communeName(i + 1));
      expect(sheet.token).toMatch(/^bcu_/);
    }
    const origin = inject("baseUrl");
    for (const words of ["PHIẾU ĐĂNG NHẬP HỆ THỐNG BÁO CÁO KIỂM SOÁT TTHC", "Cấp xã", `${origin}/upload`, `${origin}/manifest.xml`, "không thời hạn", "Mã chỉ hiển thị một lần: giữ kín; nếu lộ, báo Văn phòng thu hồi."]) {
      expect(printed[6]!.text).toContain(words);
    }
    expect(new Set(printed.map((sheet) => sheet.token)).size).toBe(100);

    const me = await whoIs(printed[6]!.token);
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ role: "unit", unit: { code: communeCode(7), parent: PROVINCE } });

    await page.getByRole("button", { name: "Đóng", exact: true }).click();
    await page.getByRole("button", { name: "Đóng phiếu" }).click();
    await registry.getByTestId("unit-table").waitFor();
    expect(await sheets.count()).toBe(0);
  });

  it("refuses a file with a wrong row, naming its row and column, and stores none of it", async () => {
    const registry = page.getByTestId("registry");
    const good = `RG-${suffix}-Y1`;
    const file = await unitList([
      [good, "Xã Hợp Lệ", "Cấp xã", PROVINCE],
      [`RG-${suffix}-Y2`, "Xã Sai Cấp", "Cấp thôn", PROVINCE],
    ]);
    await registry.getByLabel("Tệp danh sách đơn vị").setInputFiles({ name: "sai.xlsx", mimeType: XLSX, buffer: file });
    await registry.getByRole("button", { name: "Kiểm tra tệp" }).click();
    const issues = registry.getByTestId("import-issues");
    await issues.getByText("Tệp có 1 lỗi: chưa lưu gì.", { exact: false }).waitFor();
    const cells = await issues.locator("tbody tr").first().locator("td").allTextContents();
    expect(cells.slice(0, 2)).toEqual(["3", "Cấp"]);
    expect(cells[2]).toContain("Cấp thôn");
    expect(await registry.getByRole("button", { name: "Áp dụng", exact: true }).count()).toBe(0);
    expect(await registeredCodes()).not.toContain(good);
    expect(pageErrors).toEqual([]);
  });

  it("adds a reviewer whose token, shown once, opens the central page under their name without the staff tab", async () => {
    await page.getByRole("tab", { name: "Cán bộ", exact: true }).click();
    const form = page.getByTestId("staff-add");
    const name = `Người Duyệt ${suffix}`;
    await form.getByLabel("Họ và tên").fill(name);
    await form.getByRole("combobox", { name: "Vai trò" }).selectOption("reviewer");
    await form.getByRole("button", { name: "Thêm cán bộ" }).click();
    const token = (await page.getByTestId("new-token").textContent()) ?? "";
    expect(token).toMatch(/^bcs_/);
    await page.getByTestId("staff").locator('[data-testid="staff-person"]', { hasText: name }).getByTestId("token-list").waitFor();
    expect((await whoIs(token)).json).toMatchObject({ role: "central", staff: { name, role: "reviewer" } });

    const other = await openBrowser(); // a fresh profile: nothing of the administrator's session
    try {
      const errors: string[] = [];
      const reviewerPage = await watchedPage(other, errors);
      await signIn(reviewerPage, token);
      await expect.poll(() => reviewerPage.getByTestId("signed-in-as").textContent()).toBe(`Đang đăng nhập: ${name} — người duyệt`);
      await reviewerPage.getByRole("tab", { name: "Kỳ báo cáo", exact: true }).waitFor();
      await reviewerPage.getByRole("tab", { name: "Đơn vị", exact: true }).waitFor();
      await reviewerPage.getByRole("tab", { name: "Kế hoạch", exact: true }).waitFor();
      expect(await reviewerPage.getByRole("tab").count()).toBe(3);
      expect(await reviewerPage.getByRole("tab", { name: "Cán bộ" }).count()).toBe(0);
      await reviewerPage.getByRole("tab", { name: "Đơn vị", exact: true }).click();
      const registry = reviewerPage.getByTestId("registry");
      await registry.getByText("Chỉ quản trị được sửa danh sách đơn vị và cấp mã truy cập.").waitFor();
      await registry.getByTestId("unit-table").waitFor();
      expect(await registry.getByRole("button", { name: "Thêm đơn vị" }).count()).toBe(0);
      expect(await registry.getByRole("button", { name: "Kiểm tra tệp" }).count()).toBe(0);
      expect(await registry.getByRole("checkbox", { name: /^Chọn/ }).count()).toBe(0); // no selection: only «Hiện cả…» remains
      expect(errors).toEqual([]);
    } finally {
      await other.close();
    }
    expect(pageErrors).toEqual([]);
  });
});
