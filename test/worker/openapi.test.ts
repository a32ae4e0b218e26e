import { describe, expect, it } from "vitest";
import { call } from "./client.ts";

/** Every path and method of API.md's resource table, as OpenAPI writes them. */
const CONTRACT: [string, string][] = [
  ["put", "/api/v1/units/{code}"],
  ["get", "/api/v1/units"],
  ["post", "/api/v1/units/{code}/tokens"],
  ["delete", "/api/v1/units/{code}/tokens"],
  ["get", "/api/v1/forms"],
  ["get", "/api/v1/forms/{formId}"],
  ["get", "/api/v1/periods/{periodId}"],
  ["put", "/api/v1/submissions/{periodId}/{formId}/{unitCode}"],
  ["get", "/api/v1/submissions/{periodId}/{formId}/{unitCode}"],
  ["get", "/api/v1/status/{periodId}"],
  ["get", "/api/v1/reports/{periodId}/{formId}"],
  ["get", "/api/v1/reports/{periodId}.xlsx"],
];

describe("GET /api/openapi.json", () => {
  it("is the contract as committed: a change to a route or a schema shows as a diff of test/worker/__snapshots__/openapi.json", async () => {
    const doc = await call("GET", "/api/openapi.json", { token: null });
    // Update on purpose with `npx vitest run --project worker test/worker/openapi.test.ts -u`, and read the diff.
    await expect(JSON.stringify(doc.body, null, 2) + "\n").toMatchFileSnapshot("./__snapshots__/openapi.json");
  });

  it("is served without a token, as an OpenAPI 3 document", async () => {
    const doc = await call("GET", "/api/openapi.json", { token: null });
    expect(doc.status).toBe(200);
    expect(doc.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(typeof doc.body.info.title).toBe("string");
    // A revoked or forged token does not stop it either.
    expect((await call("GET", "/api/openapi.json", { token: "forged" })).status).toBe(200);
  });

  it("lists every path and method of API.md", async () => {
    const { body } = await call("GET", "/api/openapi.json", { token: null });
    for (const [method, path] of CONTRACT) {
      expect(body.paths[path], `${method.toUpperCase()} ${path}`).toBeDefined();
      expect(body.paths[path][method], `${method.toUpperCase()} ${path}`).toBeDefined();
    }
  });

  it("documents the additions too: versions and the audit log", async () => {
    const { body } = await call("GET", "/api/openapi.json", { token: null });
    expect(body.paths["/api/v1/submissions/{periodId}/{formId}/{unitCode}/versions"]?.get).toBeDefined();
    expect(body.paths["/api/v1/submissions/{periodId}/{formId}/{unitCode}/versions/{version}"]?.get).toBeDefined();
    expect(body.paths["/api/v1/audit"]?.get).toBeDefined();
  });

  it("documents the statuses of submitting and the bearer sign-in", async () => {
    const { body } = await call("GET", "/api/openapi.json", { token: null });
    const submit = body.paths["/api/v1/submissions/{periodId}/{formId}/{unitCode}"].put;
    expect(Object.keys(submit.responses).sort()).toEqual(expect.arrayContaining(["200", "201", "400", "401", "403", "404", "413", "422"]));
    expect(submit.parameters.map((p: { name: string }) => p.name)).toContain("Idempotency-Key");
    expect(body.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    for (const [method, path] of CONTRACT) {
      expect(body.paths[path][method].security, `${method} ${path}`).toEqual([{ bearer: [] }]);
    }
  });
});
