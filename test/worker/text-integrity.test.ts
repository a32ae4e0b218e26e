import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN, call, dossiers, expectError, reportPath, unitWithToken } from "./client.ts";

/** What is stored is exactly what was validated; what cannot be is refused, never changed in silence. */

let token: string;
beforeAll(async () => {
  token = await unitWithToken("TXT-1");
});

describe("year 1 names no period, everywhere alike; year 2 works", () => {
  it("every route answers 404 for 0001-01, 0001-Q1, 0001-H1 and 0001", async () => {
    for (const id of ["0001-01", "0001-Q1", "0001-H1", "0001"]) {
      expectError(await call("GET", `/api/v1/periods/${id}`), 404);
      expectError(await call("PUT", reportPath(id, "dossiers", "TXT-1"), { body: { values: dossiers() } }), 404);
      expectError(await call("GET", reportPath(id, "dossiers", "TXT-1")), 404);
      expectError(await call("GET", `/api/v1/status/${id}`), 404);
      expectError(await call("GET", `/api/v1/reports/${id}/dossiers`), 404);
      expectError(await call("GET", `/api/v1/reports/${id}.xlsx`), 404);
      expectError(await call("GET", `/api/v1/report-sheets/${id}`), 404);
      expectError(await call("PUT", `/api/v1/periods/${id}/lock`, { body: { reason: "thử" } }), 404);
      expectError(await call("GET", `/api/v1/forms/dossiers.xlsx?period=${id}&unit=TXT-1`), 404);
      expectError(await call("POST", `/api/v1/uploads/${id}/TXT-1`, { raw: "PK" }), 404);
    }
  });

  it("the first periods of year 2 have a window and a deadline, and take a first report (no earlier period)", async () => {
    const period = await call("GET", "/api/v1/periods/0002-01");
    expect(period.status).toBe(200);
    expect(period.body).toMatchObject({ id: "0002-01", start: "0001-12-15", end: "0002-01-14" });
    const stored = await call("PUT", reportPath("0002-01", "dossiers", "TXT-1"), { token, body: { values: dossiers() } });
    expect(stored.status, JSON.stringify(stored.body)).toBe(201);
    expect((await call("GET", "/api/v1/reports/0002/dossiers")).status).toBe(200);
  });
});

describe("keys that are not the form's are 422, __proto__ included", () => {
  it("__proto__ and constructor among the values: unknown_column naming each, nothing stored", async () => {
    const path = reportPath("2034-09", "dossiers", "TXT-1");
    const raw = JSON.stringify({ values: dossiers() }).replace('{"values":{', '{"values":{"__proto__":{"returned":5},"constructor":1,');
    const answer = await call("PUT", path, { token, raw, headers: { "Content-Type": "application/json" } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(422);
    expect(answer.body.errors.map((e: { rule: string; columns: string[] }) => `${e.rule}:${e.columns[0]}`).sort())
      .toEqual(["unknown_column:__proto__", "unknown_column:constructor"]);
    expectError(await call("GET", path, { token }), 404);
  });

  it("an explanation for no warning of the form (__proto__, a typo): unknown_explanation, nothing stored", async () => {
    const path = reportPath("2034-09", "dossiers", "TXT-1");
    const raw = JSON.stringify({ values: dossiers(), explanations: { balanse: "gõ nhầm" } }).replace('"explanations":{', '"explanations":{"__proto__":"x",');
    const answer = await call("PUT", path, { token, raw, headers: { "Content-Type": "application/json" } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(422);
    const unknown = answer.body.errors.filter((e: { rule: string }) => e.rule === "unknown_explanation");
    expect(unknown).toHaveLength(2);
    expect(unknown[0].message).toMatch(/không có cảnh báo «__proto__» để giải trình/);
    expect(unknown[0].message).toContain("balance");
    expectError(await call("GET", path, { token }), 404);
    // The form's own warning ids are taken.
    const ok = await call("PUT", path, { token, body: { values: dossiers(), explanations: { balance: "Có hồ sơ chuyển kỳ sau." } } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
  });
});

describe("text is stored exactly as validated", () => {
  it("Vietnamese, an emoji and a newline in notes and explanations come back identical", async () => {
    const path = reportPath("2034-10", "dossiers", "TXT-1");
    const notes = "Ghi chú: phường Hồng Bàng 😀\nDòng hai\t(tab) — “ngoặc”";
    const explanations = { balance: "Giải trình: ủy quyền ký số 🖋️" };
    expect((await call("PUT", path, { token, body: { values: dossiers(), notes, explanations } })).status).toBe(201);
    const stored = await call("GET", path, { token });
    expect(stored.body.notes).toBe(notes);
    expect(stored.body.explanations).toEqual(explanations);
  });

  it("a lone surrogate in notes, in an explanation or in a key: 400 naming the field, nothing stored", async () => {
    const path = reportPath("2034-11", "dossiers", "TXT-1");
    const send = (raw: string) => call("PUT", path, { token, raw, headers: { "Content-Type": "application/json" } });
    const values = JSON.stringify(dossiers());
    const inNotes = await send(`{"values":${values},"notes":"ab\\ud800c"}`);
    expectError(inNotes, 400, "bad_request");
    expect(inNotes.body.error.message).toMatch(/trường «notes»/);
    const inExplanation = await send(`{"values":${values},"explanations":{"balance":"\\udfff"}}`);
    expectError(inExplanation, 400);
    expect(inExplanation.body.error.message).toMatch(/trường «explanations\.balance»/);
    expectError(await send(`{"values":{"\\ud83d":1}}`), 400);
    expectError(await call("GET", path, { token }), 404);
    // A pair written as escapes is one character, and is kept.
    expect((await send(`{"values":${values},"notes":"\\ud83d\\ude00"}`)).status).toBe(201);
    expect((await call("GET", path, { token })).body.notes).toBe("😀");
  });

  it("bytes that are not UTF-8: 400, nothing stored", async () => {
    const path = reportPath("2034-12", "dossiers", "TXT-1");
    const good = new TextEncoder().encode(JSON.stringify({ values: dossiers(), notes: "x" }));
    const bad = new Uint8Array([...good.slice(0, -3), 0xff, 0xfe, ...good.slice(-3)]);
    const response = await exports.default.fetch(`http://baocao.test${path}`, {
      method: "PUT", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: bad,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/UTF-8/);
    expectError(await call("GET", path, { token }), 404);
  });
});

describe("unit names are text people read", () => {
  it.each([["NUL", "UBND xã\u0000 Tân", "U+0000"], ["BEL", "UBND\u0007 xã", "U+0007"], ["RLO", "UBND xã \u202Eđảo", "U+202E"], ["isolate", "\u2066UBND\u2069", "U+2066"]])(
    "a name with %s is refused, naming the character; nothing changed",
    async (_, name, code) => {
      const answer = await call("PUT", "/api/v1/units/TXT-NAME", { body: { name, level: "cap-xa", parent: null } });
      expectError(answer, 400, "bad_request");
      expect(answer.body.error.message).toContain(code);
      expect(answer.body.error.message).toMatch(/trường «name»/);
      const units = await call("GET", "/api/v1/units");
      expect(units.body.some((u: { code: string }) => u.code === "TXT-NAME")).toBe(false);
    },
  );

  it("a Vietnamese name with a dash, parentheses and digits is taken as typed", async () => {
    const name = "UBND phường Hồng Bàng (sáp nhập 2025) – khu 2";
    expect((await call("PUT", "/api/v1/units/TXT-NAME", { body: { name, level: "cap-xa", parent: null } })).status).toBe(201);
    const units = await call("GET", "/api/v1/units", { token: ADMIN });
    expect(units.body.find((u: { code: string }) => u.code === "TXT-NAME").name).toBe(name);
  });
});
