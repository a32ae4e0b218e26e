import { readFileSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, inject, it } from "vitest";
import { manifestUrls, schemaSkipReason, schemasExist, validateManifest } from "../manifest/xsd.ts";

/**
 * GET /manifest.xml on the real worker: the manifest built into the static assets (`npm run
 * build`), read through the ASSETS binding and moved to the origin the request came to.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const committed = readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");
if (schemaSkipReason) console.warn(`manifest schema validation skipped: ${schemaSkipReason}`);

/** A GET with the Host header of our choosing (fetch may not set it), as a proxy in front of the worker would forward it. */
function getWithHost(url: string, host: string): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { Host: host } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the manifest the landing page links", () => {
  it("is the built manifest with every URL on the worker's own origin, valid against the Office XSDs", async () => {
    const origin = inject("baseUrl");
    const response = await fetch(`${origin}/manifest.xml`);
    const xml = await response.text();
    expect(response.status, xml).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="manifest.xml"');
    const urls = manifestUrls(xml);
    expect(urls).toHaveLength(manifestUrls(committed).length);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url === origin || url.startsWith(`${origin}/`), url).toBe(true);
    expect(xml).not.toContain("localhost:8787");
    // What it names is served: the task pane and the icons.
    for (const url of new Set(urls.filter((u) => u !== origin))) {
      const served = await fetch(url);
      expect(served.status, url).toBe(200);
      await served.arrayBuffer();
    }
    if (schemasExist) {
      const result = validateManifest(xml, "manifest.served.xml");
      expect(result.output).toContain("validates");
      expect(result.status, result.output).toBe(0);
    }
  });

  it("is refused with a Vietnamese reason when the page was reached over plain http on another host", async () => {
    const answer = await getWithHost(`${inject("baseUrl")}/manifest.xml`, "baocao.example.gov.vn");
    expect(answer.status, answer.body).toBe(400);
    expect(answer.type).toMatch(/^application\/json/);
    expect(JSON.parse(answer.body).error.message).toMatch(/http:\/\/baocao\.example\.gov\.vn.*chỉ nạp add-in qua https/);
  });

  it("the development manifest under /addin/ is left as built", async () => {
    const response = await fetch(`${inject("baseUrl")}/addin/manifest.xml`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(committed);
  });
});
