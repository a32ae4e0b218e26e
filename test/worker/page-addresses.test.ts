import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

/** The addresses people type: the central office's page with or without its file name. */
describe("the central office's page", () => {
  it.each(["/central", "/central/"])("%s leads to /central/index.html", async (path) => {
    const answer = await exports.default.fetch(new Request(`http://baocao.test${path}`, { redirect: "manual" }));
    expect(answer.status).toBe(302);
    expect(answer.headers.get("Location")).toBe("/central/index.html");
  });
});
