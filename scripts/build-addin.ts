import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Builds what the worker serves as static assets under /addin/: the task pane bundle, its page,
 * its icons, and Office.js from @microsoft/office-js (government networks block CDNs).
 */
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist/public/addin");

export async function buildAddin(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [join(root, "addin/main.tsx")],
    outfile: join(out, "taskpane.js"),
    bundle: true,
    minify: true,
    sourcemap: true,
    format: "iife",
    target: "es2019",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
  cpSync(join(root, "addin/taskpane.html"), join(out, "taskpane.html"));
  cpSync(join(root, "addin/assets"), join(out, "assets"), { recursive: true });
  // The committed manifest points at https://localhost:8787: the one to sideload during development.
  cpSync(join(root, "manifest.xml"), join(out, "manifest.xml"));
  cpSync(join(root, "node_modules/@microsoft/office-js/dist"), join(out, "office"), {
    recursive: true,
    filter: (source) => !source.endsWith(".debug.js"),
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAddin();
  console.log(`Add-in built into ${out}`);
}
