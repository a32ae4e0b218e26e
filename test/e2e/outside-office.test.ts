import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser } from "./browser.ts";

describe("the task pane outside Office", () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => browser?.close());

  it("renders with the local Office.js, says it runs inside Excel and how to install it", async () => {
    const page = await browser.page();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const response = await page.goto(`${inject("baseUrl")}/addin/taskpane.html`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.getByText("Trang này chạy bên trong Excel").count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByText("Tải lên bổ trợ của tôi", { exact: false }).count()).toBe(1);
    await page.getByRole("button", { name: "English" }).click();
    expect(await page.getByText("This page runs inside Excel").count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
