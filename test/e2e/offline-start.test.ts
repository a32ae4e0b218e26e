import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser, watchedPage } from "./browser.ts";
import { useFakeOffice } from "./fake-office/index.ts";
import { registerUnit } from "./worker-api.ts";

/** Excel restarted without a network: the pane's service worker still opens it, signed in. */
const unitCode = `off-${Date.now().toString(36)}`;
const UNIT_NAME = "UBND xã Mất Mạng";

describe("opening the task pane without a network", () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  let token: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    token = await registerUnit(unitCode, UNIT_NAME);
    browser = await openBrowser();
    await useFakeOffice(browser.context);
    page = await watchedPage(browser, pageErrors);
  });

  afterAll(async () => browser?.close());

  it("serves the pane and Office.js from its cache, and keeps the clerk signed in", async () => {
    await page.goto(`${inject("baseUrl")}/addin/taskpane.html`);
    await page.getByLabel("Mã truy cập của đơn vị").fill(token);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await page.getByTestId("unit").getByText(UNIT_NAME).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    // The network goes: every request for the pane's files fails, the API too.
    const refused: string[] = [];
    await browser.context.route("**/addin/**", (route) => {
      refused.push(new URL(route.request().url()).pathname);
      return route.abort("internetdisconnected");
    });
    await browser.context.setOffline(true);
    await page.reload();

    await page.getByTestId("unit").getByText(UNIT_NAME).waitFor();
    expect(await page.getByRole("combobox", { name: "Kỳ báo cáo" }).count()).toBe(1);
    expect(refused).toEqual(expect.arrayContaining(["/addin/taskpane.html", "/addin/taskpane.js", "/addin/office/office.js"]));
    expect(pageErrors).toEqual([]);
    await browser.context.setOffline(false);
  });
});
