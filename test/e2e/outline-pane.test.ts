import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { periodsToOffer } from "../../addin/ui/periods.ts";
import { getForm } from "../../shared/forms/catalogue.ts";
import { parsePeriodId } from "../../shared/periods/index.ts";
import { openBrowser, watchedPage } from "./browser.ts";
import { useFakeOffice, type TypeOutcome } from "./fake-office/index.ts";
import { central, registerUnit, reportPath } from "./worker-api.ts";

/**
 * The written report in the pane, in Chromium with the fake Excel host, against the real worker:
 * a commune writes its sections in the sheet, leaves one blank and is told to write «không có»,
 * writes it from the pane, and submits; the central office's draft report has its text.
 */
const outline = getForm("outline")!;
const unitCode = `xa-dc-${Date.now().toString(36)}`;
const unitName = "UBND xã Viết Báo Cáo";
const quarter = periodsToOffer(new Date()).find((p) => parsePeriodId(p.id)?.type === "quarter")!.id;
const name = (section: string) => `BC_outline.${section}.content`;

describe("the written report from the pane", () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  const pageErrors: string[] = [];
  const button = (label: string) => page.getByRole("button", { name: label, exact: true });
  const type = (ref: string, input: string) => page.evaluate(([r, i]) => window.__excel.type(r, i), [ref, input] as const) as Promise<TypeOutcome>;
  const cell = (ref: string) => page.evaluate((r) => window.__excel.cell(r), ref);

  beforeAll(async () => {
    const token = await registerUnit(unitCode, unitName);
    browser = await openBrowser();
    await useFakeOffice(browser.context);
    page = await watchedPage(browser, pageErrors);
    await page.goto(`${inject("baseUrl")}/addin/taskpane.html`);
    await page.getByLabel("Mã truy cập của đơn vị").fill(token);
    await button("Đăng nhập").click();
    await page.getByTestId("unit").getByText(unitName).waitFor();
    await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption(quarter);
    await page.getByTestId("window").waitFor();
  });

  afterAll(async () => browser?.close());

  it("writes the outline's sheet, says which section is blank and asks for «không có», takes it from the pane, and submits", async () => {
    await button("Ghi biểu mẫu vào sổ tính").click();
    await page.getByRole("status").getByText(/Đã ghi \d+ biểu vào sổ tính/).first().waitFor();
    for (const [key, value] of Object.entries(outline.example)) {
      if (key !== "review.content") expect(await type(`BC_outline.${key}`, String(value)), key).toEqual({ accepted: true });
    }
    await button("Kiểm tra").click();
    await page.getByRole("button", { name: new RegExp(outline.title.vi) }).click();
    await page.getByText(/I\.5\. Rà soát, đánh giá TTHC.*chưa ghi nội dung; nếu không có gì để báo cáo, ghi «không có»/).first().waitFor();

    // Typed in Excel after the check: writing another section from the pane must not put the old text back.
    expect(await type(name("direction"), "Sửa trực tiếp trong Excel sau khi kiểm tra.")).toEqual({ accepted: true });
    const writer = page.getByTestId("writer-outline");
    await writer.locator('textarea[data-section="review"]').fill("không có");
    // Not yet in the sheet: submitting now is held back, with the reason.
    await button("Gửi báo cáo").click();
    await page.getByTestId("unwritten").waitFor();
    await writer.getByRole("button", { name: "Ghi vào trang tính" }).click();
    await expect.poll(async () => (await cell(name("review"))).value).toBe("không có");
    expect((await cell(name("direction"))).value).toBe("Sửa trực tiếp trong Excel sau khi kiểm tra.");
    await page.getByText(/chưa ghi nội dung/).first().waitFor({ state: "detached" });

    await button("Gửi báo cáo").click();
    await page.getByText(/biên nhận/).first().waitFor();
    const stored = await central<{ values: Record<string, string> }>("GET", reportPath(quarter, "outline", unitCode));
    expect(stored.status).toBe(200);
    expect(stored.json.values["review.content"]).toBe("không có");
    expect(stored.json.values["direction.content"]).toBe("Sửa trực tiếp trong Excel sau khi kiểm tra.");
    const report = await central<{ units: { code: string; texts?: Record<string, string> }[] }>("GET", `/api/v1/reports/${quarter}/outline`);
    expect(report.json.units.find((u) => u.code === unitCode)?.texts?.["review.content"]).toBe("không có");
    expect(pageErrors).toEqual([]);
  });
});
