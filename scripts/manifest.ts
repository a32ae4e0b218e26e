import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ManifestUrlError, rewriteManifestOrigin, withGeneratedNote } from "../shared/manifest/manifest-url.ts";

/**
 * The add-in manifest for a deployment: manifest.xml with every URL moved to the given origin.
 *   npx tsx scripts/manifest.ts https://baocao.example.gov.vn > manifest.prod.xml
 *   npx tsx scripts/manifest.ts https://baocao.example.gov.vn --out manifest.prod.xml
 */
const USAGE = "usage: npx tsx scripts/manifest.ts <https://origin> [--out FILE] [--in manifest.xml]";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
let origin: string | undefined;
let out: string | undefined;
let input = join(root, "manifest.xml");
for (let i = 0; i < args.length; i++) {
  const arg = args[i] as string;
  if (arg === "--out" || arg === "--in") {
    const value = args[++i];
    if (!value) fail(`${arg} needs a file name\n${USAGE}`);
    if (arg === "--out") out = resolve(value);
    else input = resolve(value);
  } else if (arg === "-h" || arg === "--help") {
    console.log(USAGE);
    process.exit(0);
  } else if (arg.startsWith("-")) {
    fail(`unknown option ${arg}\n${USAGE}`);
  } else if (origin === undefined) {
    origin = arg;
  } else {
    fail(`one origin only\n${USAGE}`);
  }
}
if (origin === undefined) fail(USAGE);

try {
  const xml = withGeneratedNote(rewriteManifestOrigin(readFileSync(input, "utf8"), origin));
  if (out) {
    writeFileSync(out, xml);
    console.error(`wrote ${out}`);
  } else {
    process.stdout.write(xml);
  }
} catch (error) {
  if (error instanceof ManifestUrlError) fail(`manifest: ${error.message}`);
  throw error;
}
