import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isLoadableOrigin, ManifestUrlError, parseOrigin, rewriteManifestOrigin, withGeneratedNote } from "../../shared/manifest/manifest-url.ts";
import { manifestUrls as urls, schemaSkipReason, schemasExist, validateManifest as validate } from "./xsd.ts";

/**
 * The add-in manifest: valid against the 2019 Office XSDs kept in ../shared (never copied here),
 * for the committed local origin and for a deployment; the paths it names are the ones the worker
 * serves; every resource it references is defined; the icons are PNGs of the declared sizes.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
if (schemaSkipReason) console.warn(`manifest schema validation skipped: ${schemaSkipReason}`);

const LOCAL = "https://localhost:8787";
const DEPLOYED = "https://baocao.example.gov.vn";
const manifestPath = path.join(repoRoot, "manifest.xml");
const manifest = readFileSync(manifestPath, "utf8");
const deployed = withGeneratedNote(rewriteManifestOrigin(manifest, DEPLOYED));

/** The values of `attribute` on every `<tag …>` (tag with or without a prefix). */
function attributes(xml: string, tag: string, attribute: string): string[] {
  const found: string[] = [];
  for (const element of xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${tag}\\b[^>]*>`, "g"))) {
    const value = new RegExp(`\\s${attribute}="([^"]*)"`).exec(element[0])?.[1];
    if (value !== undefined) found.push(value);
  }
  return found;
}

/** The inner XML of the first `<tag>…</tag>`. */
function section(xml: string, tag: string): string {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  if (!match?.[1]) throw new Error(`no <${tag}> in the manifest`);
  return match[1];
}

/** Resource ids declared in each bt: collection of <Resources>. */
function resources(xml: string): Record<"Images" | "Urls" | "ShortStrings" | "LongStrings", Map<string, string>> {
  const resourcesXml = section(xml, "Resources");
  const collect = (collection: string, element: string) =>
    new Map(
      [...section(resourcesXml, `bt:${collection}`).matchAll(new RegExp(`<bt:${element}\\s+id="([^"]+)"\\s+DefaultValue="([^"]+)"`, "g"))].map(
        (m) => [m[1] as string, m[2] as string] as const,
      ),
    );
  return {
    Images: collect("Images", "Image"),
    Urls: collect("Urls", "Url"),
    ShortStrings: collect("ShortStrings", "String"),
    LongStrings: collect("LongStrings", "String"),
  };
}

/** Width and height from a PNG's IHDR, after checking the signature, the chunk order and its CRC. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(bytes.readUInt32BE(8)).toBe(13);
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  expect(bytes.readUInt32BE(29)).toBe(crc32(bytes.subarray(12, 29)));
  expect(bytes.toString("ascii", bytes.length - 8, bytes.length - 4)).toBe("IEND");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe("manifest.xml against the Office XSDs (../shared/schemas/office-addin-manifest)", () => {
  it.skipIf(!schemasExist)("the committed manifest validates", () => {
    const result = validate(manifest, "manifest.xml");
    expect(result.output).toContain("validates");
    expect(result.status, result.output).toBe(0);
  });

  it.skipIf(!schemasExist)(`the manifest produced for ${DEPLOYED} validates`, () => {
    const result = validate(deployed, "manifest.prod.xml");
    expect(result.output).toContain("validates");
    expect(result.status, result.output).toBe(0);
  });

  it.skipIf(!schemasExist)("xmllint rejects a broken manifest (the check can fail)", () => {
    const broken = manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>");
    expect(validate(broken, "broken.xml").status).not.toBe(0);
  });
});

describe("the manifest for a deployment", () => {
  it("moves every URL to the deployed origin and leaves no local one", () => {
    const moved = urls(deployed);
    expect(moved).toHaveLength(urls(manifest).length);
    expect(moved.length).toBeGreaterThanOrEqual(10);
    for (const url of moved) expect(url === DEPLOYED || url.startsWith(`${DEPLOYED}/`), url).toBe(true);
    expect(deployed).not.toMatch(/localhost|127\.0\.0\.1/);
    for (const url of resources(deployed).Urls.values()) expect(url.startsWith(`${DEPLOYED}/`), url).toBe(true);
    for (const url of resources(deployed).Images.values()) expect(url.startsWith(`${DEPLOYED}/`), url).toBe(true);
  });

  it("keeps everything but the URLs", () => {
    const strip = (xml: string) => xml.replaceAll(LOCAL, "ORIGIN").replaceAll(DEPLOYED, "ORIGIN").replace(/<!-- Generated[^>]*-->\n/, "");
    expect(strip(deployed)).toBe(strip(manifest));
  });

  it("refuses a non-https origin except the loopback hosts, and anything but an origin", () => {
    expect(() => parseOrigin("http://baocao.example.gov.vn")).toThrow(/https/);
    expect(() => parseOrigin("ftp://baocao.example.gov.vn")).toThrow(/https/);
    expect(() => parseOrigin("baocao.example.gov.vn")).toThrow(/not a URL/);
    expect(() => parseOrigin("https://baocao.example.gov.vn/addin")).toThrow(/origin only/);
    expect(parseOrigin("http://127.0.0.1:8787")).toBe("http://127.0.0.1:8787");
    expect(parseOrigin("http://localhost:8787/")).toBe("http://localhost:8787");
    expect(parseOrigin("https://Baocao.Example.gov.vn/")).toBe(DEPLOYED);
  });

  it("says which problem it refused, for the worker to explain it in Vietnamese", () => {
    const problem = (origin: string) => {
      try {
        parseOrigin(origin);
        return "accepted";
      } catch (error) {
        expect(error).toBeInstanceOf(ManifestUrlError);
        return (error as ManifestUrlError).problem;
      }
    };
    expect(problem("http://baocao.example.gov.vn")).toBe("not-https");
    expect(problem("baocao.example.gov.vn")).toBe("not-url");
    expect(problem("https://baocao.example.gov.vn/addin")).toBe("not-origin");
    expect(problem("https://baocao.example.gov.vn")).toBe("accepted");
    expect(isLoadableOrigin("https:", "baocao.example.gov.vn")).toBe(true);
    expect(isLoadableOrigin("http:", "127.0.0.1")).toBe(true);
    expect(isLoadableOrigin("http:", "localhost")).toBe(true);
    expect(isLoadableOrigin("http:", "10.0.0.5")).toBe(false);
    expect(isLoadableOrigin("ftp:", "localhost")).toBe(false);
  });

  it("names who generated the copy, after the XML declaration, never with \"--\" in the comment", () => {
    expect(deployed).toMatch(/^<\?xml[^>]*\?>\n<!-- Generated by scripts\/manifest\.ts from manifest\.xml: /);
    expect(withGeneratedNote(manifest, "the worker (GET /manifest.xml)")).toMatch(/^<\?xml[^>]*\?>\n<!-- Generated by the worker \(GET \/manifest\.xml\) /);
    expect(() => withGeneratedNote(manifest, "a--b")).toThrow(/--/);
  });

  it("refuses a file with no URL to move", () => {
    expect(() => rewriteManifestOrigin("<OfficeApp/>", DEPLOYED)).toThrow(/no URL/);
    try {
      rewriteManifestOrigin("<OfficeApp/>", DEPLOYED);
    } catch (error) {
      expect((error as ManifestUrlError).problem).toBe("manifest");
    }
  });

  it("the CLI writes the same manifest and explains a refusal", () => {
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", path.join(repoRoot, "scripts/manifest.ts"), ...args], { cwd: repoRoot, encoding: "utf8" });
    const ok = cli(DEPLOYED);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toBe(deployed);
    const refused = cli("http://baocao.example.gov.vn");
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toMatch(/not https.*127\.0\.0\.1.*localhost/s);
  }, 30_000);
});

describe("what the manifest names", () => {
  const ids = resources(manifest);

  it("opens the task pane the worker serves at /addin/taskpane.html", () => {
    const [source] = attributes(section(manifest, "DefaultSettings"), "SourceLocation", "DefaultValue");
    expect(source).toBe(`${LOCAL}/addin/taskpane.html`);
    const action = /<Action xsi:type="ShowTaskpane">([\s\S]*?)<\/Action>/.exec(manifest)?.[1] ?? "";
    const [resid] = attributes(action, "SourceLocation", "resid");
    expect(ids.Urls.get(resid ?? "")).toBe(`${LOCAL}/addin/taskpane.html`);
    expect(existsSync(path.join(repoRoot, "addin/taskpane.html"))).toBe(true);
  });

  it("puts its button in a group of its own on the Home tab", () => {
    const tab = /<OfficeTab id="TabHome">([\s\S]*?)<\/OfficeTab>/.exec(manifest)?.[1] ?? "";
    expect(tab).toContain('xsi:type="Button"');
    expect(tab).toContain('xsi:type="ShowTaskpane"');
    const [group] = attributes(tab, "Label", "resid");
    expect(ids.ShortStrings.get(group ?? "")).toBe("Báo cáo TTHC");
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toContain('<Host Name="Workbook"/>');
  });

  it("names the icons under /addin/assets/ with their sizes", () => {
    expect(attributes(manifest, "IconUrl", "DefaultValue")).toEqual([`${LOCAL}/addin/assets/icon-32.png`]);
    expect(attributes(manifest, "HighResolutionIconUrl", "DefaultValue")).toEqual([`${LOCAL}/addin/assets/icon-64.png`]);
    const iconRefs = [...manifest.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)];
    expect(new Set(iconRefs.map((m) => m[1]))).toEqual(new Set(["16", "32", "80"]));
    for (const [, size, resid] of iconRefs) expect(ids.Images.get(resid as string)).toBe(`${LOCAL}/addin/assets/icon-${size}.png`);
  });

  it("defines every resid it uses, of the right kind, and uses every resource it defines", () => {
    const used = new Map<string, keyof typeof ids>();
    const kinds: Array<[string, keyof typeof ids]> = [
      ["Image", "Images"],
      ["SourceLocation", "Urls"],
      ["LearnMoreUrl", "Urls"],
      ["FunctionFile", "Urls"],
      ["Label", "ShortStrings"],
      ["Title", "ShortStrings"],
      ["Description", "LongStrings"],
    ];
    for (const [tag, kind] of kinds) for (const resid of attributes(manifest, tag, "resid")) used.set(resid, kind);
    const all = [...manifest.matchAll(/\sresid="([^"]+)"/g)].map((m) => m[1] as string);
    expect(new Set(all)).toEqual(new Set(used.keys()));
    for (const [resid, kind] of used) expect(ids[kind].has(resid), `${resid} is not defined in bt:${kind}`).toBe(true);
    for (const kind of Object.keys(ids) as Array<keyof typeof ids>) {
      for (const id of ids[kind].keys()) expect(used.has(id), `bt:${kind} ${id} is never used`).toBe(true);
    }
  });

  it("has an English override for every string", () => {
    for (const kind of ["ShortStrings", "LongStrings"] as const) {
      const strings = [...section(section(manifest, "Resources"), `bt:${kind}`).matchAll(/<bt:String\b[\s\S]*?<\/bt:String>/g)];
      expect(strings).toHaveLength(ids[kind].size);
      for (const [string] of strings) expect(string).toMatch(/<bt:Override Locale="en-US" Value="[^"]+"\/>/);
    }
    for (const tag of ["DisplayName", "Description"]) {
      expect(new RegExp(`<${tag} DefaultValue="[^"]+">\\s*<Override Locale="en-US" Value="[^"]+"/>`).test(manifest), tag).toBe(true);
    }
  });
});

describe("the icons", () => {
  it.each([16, 32, 64, 80])("addin/assets/icon-%i.png is a square PNG of that size", (size) => {
    const file = path.join(repoRoot, `addin/assets/icon-${size}.png`);
    expect(existsSync(file), `${file} is missing: npx tsx scripts/make-icons.ts`).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
  });
});
