import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { dossiers } from "../../shared/forms/dossiers.ts";
import { openBrowser, watchedPage } from "./browser.ts";
import { central, registerUnit, reportPath } from "./worker-api.ts";

/** The upload page for units without the add-in, in Chromium against the real worker. */
const UNIT = `up-${Date.now().toString(36)}`;
const PERIOD = "2034-01";
const VALUES: Record<string, number | string> = {
  carried_over: 3, received_online: 12, received_direct: 5, resolved_early: 4, resolved_ontime: 8,
  resolved_late: 1, pending_intime: 5, pending_overdue: 1, returned: 1,
};

/** Fills the form's cells by the workbook names, as a clerk would in LibreOffice. */
async function fillFile(path: string, values: Record<string, number | string>, out: string) {
  const workbook = new ExcelJS.Workbook();
  const data = readFileSync(path);
  await workbook.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  for (const [key, value] of Object.entries(values)) {
    const range = workbook.definedNames.getRanges(`BC_dossiers.${key}`).ranges[0]!;
    const bang = range.lastIndexOf("!");
    const sheet = workbook.getWorksheet(range.slice(0, bang).replace(/^'|'$/g, ""))!;
    sheet.getCell(range.slice(bang + 1).replace(/\$/g, "")).value = value;
  }
  writeFileSync(out, Buffer.from(await workbook.xlsx.writeBuffer()));
}

const hasLibreOffice = spawnSync("libreoffice", ["--version"], { stdio: "ignore" }).status === 0;

/** Opens the file in LibreOffice headless and saves it again as .xlsx, as a unit with LibreOffice would. */
function throughLibreOffice(file: string, dir: string): string {
  const profile = join(dir, "lo-profile");
  const out = join(dir, "lo-out");
  mkdirSync(out, { recursive: true });
  execFileSync("libreoffice", [
    `-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--convert-to", "xlsx", "--outdir", out, file,
  ], { stdio: "pipe", timeout: 120_000, env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" } });
  return join(out, file.slice(file.lastIndexOf("/") + 1));
}

describe("the upload page", () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  const pageErrors: string[] = [];
  let token = "";
  const dir = mkdtempSync(join(tmpdir(), "baocao-upload-"));

  beforeAll(async () => {
    token = await registerUnit(UNIT, "Xã Tải Lên");
    browser = await openBrowser();
    page = await watchedPage(browser, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("signs in with the unit's token, downloads the form, shows the errors by cell, then the receipt", async () => {
    await page.goto(`${inject("baseUrl")}/upload`);
    const download = page.getByRole("button", { name: "Tải biểu mẫu (.xlsx)" });
    expect(await download.isDisabled()).toBe(true); // steps 2 and 3 wait for the sign-in
    expect(await page.getByRole("button", { name: "Gửi báo cáo" }).isDisabled()).toBe(true);

    const tokenField = page.getByLabel("Mã truy cập của đơn vị (Văn phòng cấp)");
    await tokenField.fill("bcu_wrong");
    await tokenField.press("Enter");
    await expect.poll(() => page.locator("#who").textContent()).toContain("mã truy cập không hợp lệ");
    expect(await tokenField.getAttribute("aria-invalid")).toBe("true");
    expect(await download.isDisabled()).toBe(true);

    await tokenField.fill(token);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect.poll(() => page.locator("#who").textContent()).toContain(`Xã Tải Lên (${UNIT})`);
    expect(await download.isDisabled()).toBe(false);
    expect(await page.getByLabel("Mã đơn vị").inputValue()).toBe(UNIT);
    expect(await page.getByLabel("Mã đơn vị").getAttribute("readonly")).not.toBeNull(); // a unit files for itself
    await page.getByLabel(/^Kỳ báo cáo/).fill(PERIOD);
    await page.getByLabel("Biểu").selectOption("dossiers");
    await expect.poll(() => page.locator("#period-info").textContent()).toContain("Tháng 1/2034: số liệu từ 15/12/2033 đến 14/01/2034; hạn gửi");

    const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
    expect(file.suggestedFilename()).toBe(`${dossiers.layout.code} ${UNIT} ${PERIOD}.xlsx`);
    expect(await page.locator("#download-status").textContent()).toContain("Tiếp theo: mở tệp, điền các ô nền vàng");
    const blank = join(dir, "blank.xlsx");
    await file.saveAs(blank);

    const wrong = join(dir, "wrong.xlsx");
    await fillFile(blank, { ...VALUES, received_online: "1.209" }, wrong);
    await page.locator("#file").setInputFiles(wrong);
    await page.getByRole("button", { name: "Gửi báo cáo" }).click();
    const status = page.locator("#status");
    await expect.poll(() => status.textContent()).toContain("Báo cáo chưa được nhận: có 1 lỗi");
    // The error names the sheet, the cell, the column and what to type instead, and takes the focus.
    const error = status.locator("tbody tr");
    expect(await error.locator('td[data-label="Trang tính"]').textContent()).toBe("«Giải quyết TTHC»");
    expect(await error.locator('td[data-label="Ô"]').textContent()).toMatch(/^E\d+$/);
    expect(await error.locator('td[data-label="Cột"]').textContent()).toBe("(5) Mới tiếp nhận trực tuyến");
    expect(await error.locator('td[data-label="Lỗi và cách sửa"]').textContent()).toContain('không phải văn bản "1.209"');
    expect(await error.locator('td[data-label="Lỗi và cách sửa"]').textContent()).toContain("ví dụ 1209, không phải 1.209");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("status");

    const right = join(dir, "right.xlsx");
    await fillFile(blank, VALUES, right);
    await page.locator("#file").setInputFiles(right);
    await page.getByRole("button", { name: "Gửi báo cáo" }).click();
    await expect.poll(() => status.textContent()).toContain("Đã nhận báo cáo");
    expect(await status.textContent()).toContain("Đúng hạn");

    const stored = await central<{ values: Record<string, number> }>("GET", reportPath(PERIOD, "dossiers", UNIT));
    expect(stored.status).toBe(200);
    expect(stored.json.values).toMatchObject(VALUES);
    expect(pageErrors).toEqual([]);
  });

  it("keeps a token in the tab only once it is accepted: a rejected or revoked one is gone after a reload", async () => {
    const fresh = await watchedPage(browser, pageErrors);
    await fresh.goto(`${inject("baseUrl")}/upload`);
    const tokenField = fresh.getByLabel("Mã truy cập của đơn vị (Văn phòng cấp)");
    const download = fresh.getByRole("button", { name: "Tải biểu mẫu (.xlsx)" });
    await tokenField.fill("bcu_rejected");
    await tokenField.press("Enter");
    await expect.poll(() => fresh.locator("#who").textContent()).toContain("mã truy cập không hợp lệ");
    await fresh.reload();
    await fresh.waitForLoadState("load");
    expect(await tokenField.inputValue()).toBe(""); // nothing to sign in with again
    expect(await fresh.locator("#who").textContent()).toBe("");
    expect(await download.isDisabled()).toBe(true);

    // An accepted token survives a reload (it signs in again by itself) ...
    const code = `${UNIT}-r`;
    const kept = await registerUnit(code, "Xã Thu Hồi");
    await tokenField.fill(kept);
    await tokenField.press("Enter");
    await expect.poll(() => fresh.locator("#who").textContent()).toContain(`Xã Thu Hồi (${code})`);
    await fresh.reload();
    await expect.poll(() => fresh.locator("#who").textContent()).toContain(`Xã Thu Hồi (${code})`);
    await expect.poll(() => download.isDisabled()).toBe(false); // enabled once the form list is in
    // ... until it is revoked: then the sign-in fails once, and the next reload is signed out.
    expect((await central("DELETE", `/api/v1/units/${code}/tokens`)).status).toBe(204);
    await fresh.reload();
    await expect.poll(() => fresh.locator("#who").textContent()).toContain("mã truy cập không hợp lệ");
    expect(await download.isDisabled()).toBe(true);
    await fresh.reload();
    await fresh.waitForLoadState("load");
    expect(await tokenField.inputValue()).toBe("");
    expect(await fresh.locator("#who").textContent()).toBe("");
    await fresh.close();
    expect(pageErrors).toEqual([]);
  });

  it("says the server's message when the form list cannot be read, not that the server is unreachable", async () => {
    const fresh = await watchedPage(browser, pageErrors);
    const message = "Máy chủ đang bảo trì, vui lòng thử lại sau 10 phút.";
    await fresh.route("**/api/v1/forms", (route) =>
      route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: { code: "unavailable", message } }) }),
    );
    await fresh.goto(`${inject("baseUrl")}/upload`);
    const tokenField = fresh.getByLabel("Mã truy cập của đơn vị (Văn phòng cấp)");
    await tokenField.fill(token);
    await tokenField.press("Enter");
    await expect.poll(() => fresh.locator("#who").textContent()).toContain(message);
    const who = await fresh.locator("#who").textContent();
    expect(who).toContain("Không tải được danh sách biểu mẫu");
    expect(who).not.toContain("Không kết nối được máy chủ");
    expect(await fresh.getByRole("button", { name: "Tải biểu mẫu (.xlsx)" }).isDisabled()).toBe(true);
    await fresh.close();
    expect(pageErrors).toEqual([]);
  });

  it("shows the central office each level's deadline, or the unit's it files for, and «overdue» only where it is", async () => {
    // Levels with their own deadlines (DEADLINES "levels", tested in the worker): the period's answer
    // is replaced here by one whose levels differ, around today's date in Việt Nam.
    const vnDay = (offset: number) => new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
    const shown = (iso: string) => iso.split("-").reverse().join("/");
    const [yesterday, tomorrow, lastWeek] = [vnDay(-1), vnDay(1), vnDay(-7)];
    let deadlines = { "cap-tinh": tomorrow, "cap-huyen": yesterday, "cap-xa": yesterday };
    const fresh = await watchedPage(browser, pageErrors);
    await fresh.route("**/api/v1/periods/2034-03", (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/json",
        body: JSON.stringify({ id: "2034-03", type: "month", start: "2034-02-15", end: "2034-03-14", deadline: tomorrow, deadlines, locked: false }),
      }),
    );
    await fresh.goto(`${inject("baseUrl")}/upload`);
    const tokenField = fresh.getByLabel("Mã truy cập của đơn vị (Văn phòng cấp)");
    await tokenField.fill(inject("adminToken"));
    await tokenField.press("Enter");
    await expect.poll(() => fresh.locator("#who").textContent()).toContain("Văn phòng");
    const info = fresh.locator("#period-info");
    await fresh.getByLabel(/^Kỳ báo cáo/).fill("2034-03");
    await expect.poll(() => info.textContent()).toContain("Tháng 3/2034");
    expect(await info.textContent()).toBe(
      `Tháng 3/2034: số liệu từ 15/02/2034 đến 14/03/2034; hạn gửi: Cấp tỉnh (sở, ban, ngành) ${shown(tomorrow)}; ` +
        `Cấp xã ${shown(yesterday)}. Đã quá hạn với Cấp xã: báo cáo của đơn vị các cấp này được ghi là gửi muộn.`, // the districts (historical) are not named
    );

    // Filing for a commune: its own level's deadline, and it is past.
    await fresh.getByLabel("Mã đơn vị").fill(UNIT);
    await expect.poll(() => info.textContent()).toContain("hạn gửi của Xã Tải Lên (Cấp xã)");
    expect(await info.textContent()).toContain(`hạn gửi của Xã Tải Lên (Cấp xã) ${shown(yesterday)}. Đã quá hạn: vẫn gửi được`);

    // An unknown unit: said so, then every level's again; every level past: overdue without qualification.
    deadlines = { "cap-tinh": lastWeek, "cap-huyen": yesterday, "cap-xa": yesterday };
    await fresh.getByLabel("Mã đơn vị").fill("KHONG-CO");
    await expect.poll(() => info.textContent()).toContain("hạn gửi: Cấp tỉnh");
    expect(await info.textContent()).toContain(
      `không có đơn vị mã «KHONG-CO» trong danh sách; hạn gửi: Cấp tỉnh (sở, ban, ngành) ${shown(lastWeek)}; Cấp xã ${shown(yesterday)}. Đã quá hạn: vẫn gửi được`,
    );
    expect(await fresh.locator("#unit-hint").textContent()).toBe("Không có đơn vị mã «KHONG-CO» trong danh sách: kiểm tra lại mã.");
    expect(await fresh.getByLabel("Mã đơn vị").getAttribute("aria-invalid")).toBe("true");
    await fresh.close();
    expect(pageErrors).toEqual([]);
  });

  it.skipIf(!hasLibreOffice)("a form filled and saved again by LibreOffice is read by its names: errors by cell, then stored", async () => {
    const response = await fetch(`${inject("baseUrl")}/api/v1/forms/dossiers.xlsx?period=2034-02&unit=${UNIT}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const blank = join(dir, "lo-blank.xlsx");
    writeFileSync(blank, new Uint8Array(await response.arrayBuffer()));
    const send = async (values: Record<string, number | string>, name: string) => {
      const filled = join(dir, name);
      await fillFile(blank, values, filled);
      const saved = throughLibreOffice(filled, dir);
      const post = () => fetch(`${inject("baseUrl")}/api/v1/uploads/2034-02/${UNIT}`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${token}`, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "Idempotency-Key": `lo-${name}`,
        },
        body: readFileSync(saved),
      });
      // LibreOffice runs for seconds: meanwhile the connection kept alive since the download may have
      // been closed ("other side closed" before any answer), or local wrangler may have reloaded the
      // worker (its 503 "restarted mid-request", which scripts/local-worker.ts then names on stderr).
      // Sent again under the same Idempotency-Key, as the add-in's outbox does, it is stored at most once.
      try {
        const answer = await post();
        return answer.status === 503 && answer.headers.get("Retry-After") === "0" ? post() : answer;
      } catch (error) {
        if ((error as { cause?: { code?: string } }).cause?.code !== "UND_ERR_SOCKET") throw error;
        return post();
      }
    };
    const wrong = await send({ ...VALUES, returned: "1.209" }, "lo-wrong.xlsx");
    expect(wrong.status).toBe(422);
    const body = (await wrong.json()) as { forms: { dossiers: { errors: { columns: string[]; cell: string }[] } } };
    expect(body.forms.dossiers.errors).toEqual([expect.objectContaining({ columns: ["returned"], cell: expect.stringMatching(/^N\d+$/) })]);
    const right = await send(VALUES, "lo-right.xlsx");
    expect(right.status).toBe(201);
    const stored = await central<{ values: Record<string, number> }>("GET", reportPath("2034-02", "dossiers", UNIT));
    expect(stored.json.values).toEqual({ ...VALUES, received_total: 20, resolved_total: 13, pending_total: 6 });
  });
});
