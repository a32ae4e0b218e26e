import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../worker/app.ts";

/** `/upload` is an HTML shell: the deployment's levels for the deadline note, and the built script and style. */
describe("the upload page's shell", () => {
  const shell = async (vars: Partial<Env> = {}) => {
    const response = await createApp().fetch(new Request("http://baocao.test/upload"), { ...env, ...vars });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
    return response.text();
  };
  const embeddedLevels = (html: string) => /<script type="application\/json" id="levels">([^<]*)<\/script>/.exec(html)?.[1];

  it("loads its script and style from the static assets under /upload/", async () => {
    const html = await shell();
    expect(html).toContain('<script src="/upload/upload.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="/upload/upload.css">');
  });

  it("carries the deployment's levels as JSON that no level's name can break out of", async () => {
    const levels = [
      { id: "cap-tinh", name: "Sở </script><script>alert(1)</script>" },
      { id: "cap-xa", name: { vi: "Xã, phường", en: "Communes" }, historical: false },
    ];
    const json = embeddedLevels(await shell({ LEVELS: JSON.stringify(levels) }));
    expect(json).toBeDefined();
    const parsed = JSON.parse(json!) as { id: string; name: { vi: string } }[];
    expect(parsed.map((level) => [level.id, level.name.vi])).toEqual([
      ["cap-tinh", "Sở </script><script>alert(1)</script>"],
      ["cap-xa", "Xã, phường"],
    ]);
  });
});
