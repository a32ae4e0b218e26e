import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * `npm ci` on the central office's Windows machines, a Mac or Linux installs exactly the lockfile: a
 * package's native build for one of those platforms missing from it makes `npm ci` refuse everywhere
 * ("Missing: @cloudflare/workerd-darwin-64@… from lock file", issue 13).
 */
const lock = JSON.parse(readFileSync(new URL("../../package-lock.json", import.meta.url), "utf8")) as {
  packages: Record<string, { version?: string; optionalDependencies?: Record<string, string> }>;
};

/** The builds every platform we deploy or develop on needs: Linux and macOS on x64 and arm64, Windows on x64. */
const PLATFORM_BUILD = /[-/](darwin-(x64|64|arm64)|linux-(x64|64|arm64)(-gnu)?|win32-x64(-msvc)?|windows-64)$/;

/** Where Node finds `name` from the package at `path`: its own node_modules, then each parent's. */
function resolve(path: string, name: string): { version?: string } | undefined {
  let base = path;
  for (;;) {
    const found = lock.packages[`${base ? `${base}/` : ""}node_modules/${name}`];
    if (found) return found;
    if (!base) return undefined;
    const at = base.lastIndexOf("node_modules/");
    base = at <= 0 ? "" : base.slice(0, at - 1);
  }
}

describe("the lockfile installs with npm ci on Linux, macOS and Windows", () => {
  const wanted = Object.entries(lock.packages).flatMap(([path, pkg]) =>
    Object.entries(pkg.optionalDependencies ?? {}).filter(([name]) => PLATFORM_BUILD.test(name)).map(([name, version]) => ({ path, name, version })));

  it("finds the packages with native builds (workerd, esbuild)", () => {
    expect(wanted.some((w) => w.name === "@cloudflare/workerd-windows-64")).toBe(true);
    expect(wanted.some((w) => w.name === "@esbuild/win32-x64")).toBe(true);
  });

  it("holds every such build, at the version its package asks for", () => {
    const missing = wanted.filter(({ path, name, version }) => resolve(path, name)?.version !== version.replace(/^[\^~]/, ""));
    expect(missing.map(({ path, name, version }) => `${path || "(root)"} → ${name}@${version}`)).toEqual([]);
  });
});
