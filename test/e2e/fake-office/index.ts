import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext } from "playwright-core";

export type { CellView, FakeExcelApi, TypeOutcome } from "./test-api.ts";

const here = dirname(fileURLToPath(import.meta.url));
let script: Promise<string> | null = null;

/** The fake Excel host (host.ts and what it imports) bundled for the browser, built once per run. */
export function fakeOfficeScript(): Promise<string> {
  script ??= build({
    entryPoints: [join(here, "host.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "warning",
  }).then((result) => result.outputFiles[0]!.text);
  return script;
}

/**
 * Serves the fake host wherever the task pane asks for Office.js. Routes added later run first in
 * Playwright, so this takes precedence over openBrowser's catch-all that aborts what leaves
 * 127.0.0.1.
 */
export async function useFakeOffice(context: BrowserContext): Promise<void> {
  const body = await fakeOfficeScript();
  await context.route("**/addin/office/office.js", (route) => route.fulfill({ body, contentType: "application/javascript; charset=utf-8" }));
}
