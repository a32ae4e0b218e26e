import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Builds what the worker serves as static assets: under /addin/ the task pane bundle, its service
 * worker, its page, its icons, the development manifest and Office.js from @microsoft/office-js
 * (government networks block CDNs); under /central/ the central office's page; under /upload/ the
 * script and style of the upload page, whose HTML the worker writes (worker/routes/upload-page.ts).
 */
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist/public/addin");
const central = join(root, "dist/public/central");
const upload = join(root, "dist/public/upload");

/** One browser bundle: minified, with a source map, for the WebView2/Edge of current Office. */
function bundle(entry: string, outfile: string, define: Record<string, string> = {}) {
  return build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: "iife",
    target: "es2019",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"', ...define },
    logLevel: "warning",
  });
}

export async function buildAddin(): Promise<void> {
  for (const dir of [out, central, upload]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  await bundle("addin/main.tsx", join(out, "taskpane.js"));
  // A new build id makes a new service worker, which caches this build's files and drops the last build's.
  await bundle("addin/offline/service-worker.ts", join(out, "sw.js"), { BUILD_ID: JSON.stringify(Date.now().toString(36)) });
  cpSync(join(root, "addin/taskpane.html"), join(out, "taskpane.html"));
  await bundle("addin/central-main.tsx", join(central, "central.js"));
  cpSync(join(root, "addin/central.html"), join(central, "index.html"));
  await bundle("addin/upload/main.ts", join(upload, "upload.js"));
  cpSync(join(root, "addin/upload/upload.css"), join(upload, "upload.css"));
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
