import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export type Browser = Awaited<ReturnType<typeof openBrowser>>;

/** Debian's Chromium, headless, in a fresh profile, with every request not to 127.0.0.1 aborted. */
export async function openBrowser(): Promise<{ context: BrowserContext; page: () => Promise<Page>; blocked: string[]; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "baocao-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    locale: "vi-VN",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    blocked.push(url.href);
    return route.abort();
  });
  return {
    context,
    page: () => context.newPage(),
    blocked,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A new page with 15 s timeouts whose uncaught errors are collected in `errors` (a test expects none). */
export async function watchedPage(browser: Browser, errors: string[]): Promise<Page> {
  const page = await browser.page();
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (error) => errors.push(error.message));
  return page;
}
