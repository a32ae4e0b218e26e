import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Validation of an add-in manifest against the 2019 Office XSDs kept in ../shared (never copied
 * here) with xmllint: used by the manifest tests and by the e2e test of the worker's /manifest.xml.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const schemaDir = path.resolve(repoRoot, "../shared/schemas/office-addin-manifest");
export const xsd = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");
const xmllintInstalled = spawnSync("xmllint", ["--version"]).error === undefined;
/** Whether the schema checks run: the XSDs are there and xmllint too (in CI a missing xmllint is a failure, not a skip). */
export const schemasExist = existsSync(xsd) && (xmllintInstalled || Boolean(process.env.CI));
/** Why the schema checks are skipped, or null when they run. */
export const schemaSkipReason: string | null = !existsSync(xsd)
  ? `${schemaDir} is missing (CI always has it beside the repository)`
  : !xmllintInstalled && !process.env.CI
    ? "xmllint is not installed (apt-get install -y libxml2-utils); CI installs it"
    : null;

/** Runs xmllint against the XSD in a scratch directory of its own; in CI a missing xmllint is a failure, not a skip. */
export function validateManifest(xml: string, name: string): { status: number | null; output: string } {
  const scratch = mkdtempSync(path.join(tmpdir(), "baocao-manifest-"));
  try {
    const file = path.join(scratch, name);
    writeFileSync(file, xml);
    const run = spawnSync("xmllint", ["--noout", "--schema", xsd, file], { encoding: "utf8" });
    if ((run.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") {
      throw new Error("xmllint is not installed: install libxml2-utils (apt-get install -y libxml2-utils); CI installs it");
    }
    if (run.error) throw run.error;
    return { status: run.status, output: `${run.stdout}${run.stderr}`.trim() };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Every URL a manifest holds: URL-typed DefaultValue/Value attributes and each AppDomain. */
export function manifestUrls(xml: string): string[] {
  const values = [...xml.matchAll(/\s(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((m) => m[1] as string);
  const domains = [...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1] as string);
  return [...values, ...domains];
}
