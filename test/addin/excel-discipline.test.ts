import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../addin");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe("Excel discipline", () => {
  it("keeps every Excel.run call in addin/excel", () => {
    const calling = sources(root)
      .filter((path) => /\bExcel\.run\s*\(/.test(readFileSync(path, "utf8")))
      .map((path) => relative(root, path).split("\\").join("/"));
    expect(calling.length).toBeGreaterThan(0);
    expect(calling.filter((path) => !path.startsWith("excel/"))).toEqual([]);
  });
});
