import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx|mts)$/.test(entry.name) ? [path] : [];
  });
}

/** Files that load ExcelJS's code (a type-only import loads nothing). */
const loadingExcelJs = (dir: string) =>
  sources(join(root, dir))
    .filter((path) => /^\s*import\s+(?!type\b)[^;]*from\s+["']exceljs["']/m.test(readFileSync(path, "utf8")))
    .map((path) => relative(root, path).split("\\").join("/"));

describe("ExcelJS inside workerd is loaded only through worker/xlsx/exceljs.ts", () => {
  // Loaded first from anywhere else, its timer queue is shared across requests again (zero-delay-timers.ts).
  it("worker code and the tests that run inside workerd", () => {
    expect([...loadingExcelJs("worker"), ...loadingExcelJs("test/worker")]).toEqual(["worker/xlsx/exceljs.ts"]);
  });
});
