import { beforeAll, describe, expect, it } from "vitest";
import { call, dossiers, unitWithToken } from "./client.ts";

/** What each documented route needs; a route missing here fails the test, so every new route is classified. */
type Need = "signed-in" | "read" | "review" | "lock" | "file" | "registry" | "staff" | "plans" | "read-or-own" | "file-or-own";
const NEEDS: Record<string, Need> = {
  "GET /api/v1/me": "signed-in",
  "GET /api/v1/levels": "signed-in",
  "GET /api/v1/forms": "signed-in",
  "GET /api/v1/forms/{formId}": "signed-in",
  "GET /api/v1/periods/{periodId}": "signed-in",
  "GET /api/v1/forms/{formId}.xlsx": "read-or-own",
  "POST /api/v1/uploads/{periodId}/{unitCode}": "file-or-own",
  "PUT /api/v1/submissions/{periodId}/{formId}/{unitCode}": "file-or-own",
  "GET /api/v1/submissions/{periodId}/{formId}/{unitCode}": "read-or-own",
  "GET /api/v1/submissions/{periodId}/{formId}/{unitCode}/versions": "read-or-own",
  "GET /api/v1/submissions/{periodId}/{formId}/{unitCode}/versions/{version}": "read-or-own",
  "GET /api/v1/submissions/{periodId}/{formId}/{unitCode}/history": "read-or-own",
  "GET /api/v1/units": "read",
  "GET /api/v1/units/{code}/tokens": "read",
  "GET /api/v1/status/{periodId}": "read",
  "GET /api/v1/reports/{periodId}/{formId}": "read",
  "GET /api/v1/reports/{periodId}.xlsx": "read",
  "GET /api/v1/reports/{periodId}.docx": "read",
  "GET /api/v1/report-sheets/{periodId}": "read",
  "GET /api/v1/report-parts/{periodId}": "read",
  "GET /api/v1/audit": "read",
  "GET /api/v1/periods/{periodId}/lock": "read",
  "PUT /api/v1/periods/{periodId}/lock": "lock",
  "DELETE /api/v1/periods/{periodId}/lock": "lock",
  "POST /api/v1/reviews/{periodId}/{formId}/{unitCode}": "review",
  "PUT /api/v1/units/{code}": "registry",
  "POST /api/v1/units/{code}/tokens": "registry",
  "DELETE /api/v1/units/{code}/tokens": "registry",
  "DELETE /api/v1/units/{code}/tokens/{tokenId}": "registry",
  "POST /api/v1/tokens": "registry",
  "POST /api/v1/units/import": "registry",
  "PUT /api/v1/units/{code}/retirement": "registry",
  "DELETE /api/v1/units/{code}/retirement": "registry",
  "GET /api/v1/staff": "staff",
  "POST /api/v1/staff": "staff",
  "PATCH /api/v1/staff/{id}": "staff",
  "POST /api/v1/staff/{id}/tokens": "staff",
  "DELETE /api/v1/staff/{id}/tokens/{tokenId}": "staff",
  "POST /api/v1/admin-token/retire": "staff",
  "GET /api/v1/task-plans": "read",
  "GET /api/v1/task-plans/{planId}": "read",
  "GET /api/v1/task-plans/{planId}.xlsx": "read",
  "GET /api/v1/task-plans/{planId}/progress": "read",
  "POST /api/v1/task-plans/import": "plans",
  "PUT /api/v1/task-plans/{planId}/tasks/{taskId}": "plans",
  "GET /api/v1/progress-forms/{periodId}/{unitCode}": "read-or-own",
};

const GRANTS: Record<string, Need[]> = {
  admin: ["read", "review", "lock", "file", "registry", "staff", "plans"],
  reviewer: ["read", "review", "lock", "file"],
  reader: ["read"],
};

/** Bodies for the calls that take one: valid enough to pass the checks of who may call. */
const BODIES: Record<string, unknown> = {
  "PUT /api/v1/submissions/{periodId}/{formId}/{unitCode}": { values: dossiers() },
  "PUT /api/v1/periods/{periodId}/lock": { reason: "Thử phân quyền" },
  "POST /api/v1/reviews/{periodId}/{formId}/{unitCode}": { decision: "accepted", version: 1 },
  "PUT /api/v1/units/{code}": { name: "Đơn vị thử phân quyền", level: "cap-xa", parent: null },
  "POST /api/v1/tokens": { units: ["RM-TARGET"] },
  "POST /api/v1/staff": { name: "Người thử phân quyền", role: "reader" },
  "PATCH /api/v1/staff/{id}": {},
};

let tokens: Record<string, string>;
let personId: number;
beforeAll(async () => {
  await unitWithToken("RM-TARGET", "cap-xa");
  const own = await unitWithToken("RM-OWN", "cap-xa");
  tokens = { unit: own };
  for (const role of ["admin", "reviewer", "reader"]) {
    const added = await call("POST", "/api/v1/staff", { body: { name: `Cán bộ ${role}`, role } });
    tokens[role] = added.body.token;
  }
  personId = (await call("POST", "/api/v1/staff", { body: { name: "Người được sửa", role: "reader" } })).body.id;
});

const fill = (template: string, unitCode: string) =>
  template
    .replace("{periodId}", "2031-10").replace("{formId}.xlsx", "dossiers.xlsx?period=2031-10&unit=" + unitCode).replace("{formId}", "dossiers")
    .replace("{unitCode}", unitCode).replace("{code}", "RM-TARGET").replace("{id}", String(personId))
    .replace("{tokenId}", "999999").replace("{version}", "1")
    .replace("{planId}", "rm-plan").replace("{taskId}", "t_i_1");

describe("the authorisation matrix: every route × every role", () => {
  it("classifies every documented route", async () => {
    const document = (await call("GET", "/api/openapi.json", { token: null })).body;
    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.filter((route) => !(route in NEEDS))).toEqual([]);
    expect(Object.keys(NEEDS).filter((route) => !documented.includes(route))).toEqual([]);
  });

  for (const role of ["admin", "reviewer", "reader", "unit"]) {
    it(`${role}: 403 exactly where the role may not, never 401 or 403 where it may`, async () => {
      const wrong: string[] = [];
      for (const [route, need] of Object.entries(NEEDS)) {
        const [method, template] = route.split(" ") as [string, string];
        const own = need === "read-or-own" || need === "file-or-own";
        const allowed =
          need === "signed-in" ||
          (role === "unit" ? own : GRANTS[role]!.includes(own ? need.slice(0, need.indexOf("-")) as Need : need));
        // Retiring the bootstrap token would sign every other test out: only its refusals are called.
        if (allowed && route === "POST /api/v1/admin-token/retire") continue;
        const answer = await call(method, fill(template, "RM-OWN"), { token: tokens[role]!, body: BODIES[route] });
        const refused = answer.status === 403;
        if (refused === allowed || answer.status === 401) wrong.push(`${route} → ${answer.status}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it("a unit acting for another unit is refused on every route that names a unit", async () => {
    const wrong: string[] = [];
    for (const [route, need] of Object.entries(NEEDS)) {
      if (need !== "read-or-own" && need !== "file-or-own") continue;
      const [method, template] = route.split(" ") as [string, string];
      const answer = await call(method, fill(template, "RM-TARGET"), { token: tokens.unit!, body: BODIES[route] });
      if (answer.status !== 403) wrong.push(`${route} → ${answer.status}`);
    }
    expect(wrong).toEqual([]);
  });
});
