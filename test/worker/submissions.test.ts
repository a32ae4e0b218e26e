import { beforeAll, describe, expect, it } from "vitest";
import { call, centers, dossiers, expectError, jsonOfSize, reportPath, type Answer } from "./client.ts";
import { unitWithToken } from "./client.ts";

const KiB = 1024;
let token: string;
beforeAll(async () => {
  token = await unitWithToken("SUB-01", "cap-tinh", "Sở Nội vụ");
});

/** The number of stored versions of a report (0 when none). */
async function versionCount(path: string): Promise<number> {
  const answer = await call("GET", `${path}/versions`);
  if (answer.status === 404) return 0;
  expect(answer.status).toBe(200);
  return answer.body.length;
}

function expectRejected(answer: Answer) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(422);
  expect(Object.keys(answer.body).sort()).toEqual(["errors", "warnings"]);
  expect(answer.body.errors.length).toBeGreaterThan(0);
  for (const issue of [...answer.body.errors, ...answer.body.warnings]) {
    expect(typeof issue.rule).toBe("string");
    expect(Array.isArray(issue.columns)).toBe(true);
    expect(issue.columns.length).toBeGreaterThan(0);
    expect(typeof issue.message).toBe("string");
  }
  for (const issue of answer.body.errors) expect(issue.severity).toBe("error");
  for (const issue of answer.body.warnings) expect(issue.severity).toBe("warning");
}

describe("PUT and GET /api/v1/submissions/{periodId}/{formId}/{unitCode}", () => {
  const path = reportPath("2026-09", "dossiers", "SUB-01");

  it("answers 201 for the first version and GET gives back every field of API.md", async () => {
    expectError(await call("GET", path, { token }), 404);
    const put = await call("PUT", path, { token, body: { values: dossiers(), notes: "Số liệu chốt ngày 14/9, không có phát sinh khác." } });
    expect(put.status, JSON.stringify(put.body)).toBe(201);
    expect(Object.keys(put.body).sort()).toEqual(["late", "receipt", "version", "warnings"]);
    expect(put.body.version).toBe(1);
    expect(typeof put.body.receipt).toBe("string");
    expect(put.body.receipt.length).toBeGreaterThan(0);
    expect(typeof put.body.late).toBe("boolean");
    expect(put.body.warnings).toEqual([]);

    const get = await call("GET", path, { token });
    expect(get.status).toBe(200);
    for (const field of ["period", "form", "unit", "version", "receipt", "late", "submittedAt", "values", "notes", "warnings"]) {
      expect(get.body, field).toHaveProperty(field);
    }
    expect(get.body.period).toBe("2026-09");
    expect(get.body.form).toBe("dossiers");
    expect(get.body.unit).toBe("SUB-01");
    expect(get.body.version).toBe(1);
    expect(get.body.receipt).toBe(put.body.receipt);
    expect(get.body.late).toBe(put.body.late);
    expect(new Date(get.body.submittedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(get.body.notes).toBe("Số liệu chốt ngày 14/9, không có phát sinh khác.");
    expect(get.body.warnings).toEqual([]);
    // What was sent, with the derived totals computed from their parts.
    expect(get.body.values).toEqual({ ...dossiers(), received_total: 10, resolved_total: 6, pending_total: 3 });
  });

  it("answers 200 with version 2 for an amendment, with a new receipt; GET gives the amendment", async () => {
    const first = await call("GET", path, { token });
    const put = await call("PUT", path, { token, body: { values: dossiers({ returned: 2, received_online: 6 }) } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.version).toBe(2);
    expect(put.body.receipt).not.toBe(first.body.receipt);

    const get = await call("GET", path);
    expect(get.body.version).toBe(2);
    expect(get.body.receipt).toBe(put.body.receipt);
    expect(get.body.values.returned).toBe(2);
    expect(get.body.values.received_total).toBe(11);
    expect(get.body.notes).toBeNull();

    const versions = await call("GET", `${path}/versions`);
    expect(versions.status).toBe(200);
    expect(versions.body.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(versions.body.map((v: { receipt: string }) => v.receipt)).toEqual([first.body.receipt, put.body.receipt]);
    const v1 = await call("GET", `${path}/versions/1`);
    expect(v1.status).toBe(200);
    expect(v1.body.values.returned).toBe(1);
    expectError(await call("GET", `${path}/versions/3`), 404);
    expectError(await call("GET", `${path}/versions/abc`), 404);
  });

  it("lets central submit for a unit, and the unit read it", async () => {
    const p = reportPath("2026-09", "centers", "SUB-01");
    const put = await call("PUT", p, { body: { values: centers() } });
    expect(put.status).toBe(201);
    const get = await call("GET", p, { token });
    expect(get.status).toBe(200);
    expect(get.body.values).toEqual({ ...centers(), tthc_at_center: 8, full_cycle_after: 5 });
  });

  it("accepts derived totals that match their parts", async () => {
    const p = reportPath("2026-08", "dossiers", "SUB-01");
    const put = await call("PUT", p, { token, body: { values: dossiers({ received_total: 10, resolved_total: 6, pending_total: 3 }) } });
    expect(put.status, JSON.stringify(put.body)).toBe(201);
  });

  it("keeps a warning with the accepted submission (balance)", async () => {
    const p = reportPath("2026-07", "dossiers", "SUB-01");
    const put = await call("PUT", p, { token, body: { values: dossiers({ returned: 4 }) } });
    expect(put.status).toBe(201);
    expect(put.body.warnings).toHaveLength(1);
    const [warning] = put.body.warnings;
    expect(warning.rule).toBe("balance");
    expect(warning.severity).toBe("warning");
    expect(warning.columns[0]).toBe("received_total");
    expect(warning.columns).toEqual(expect.arrayContaining(["resolved_total", "pending_total", "returned"]));
    expect(warning.expected).toBe(13);
    expect(warning.actual).toBe(10);
    const get = await call("GET", p, { token });
    expect(get.body.warnings).toEqual(put.body.warnings);
  });
});

describe("422: an error rule fails and nothing is stored", () => {
  const rejected: [string, Record<string, unknown>, string, string][] = [
    // name, values, rule, column
    ["a count sent as a string", dossiers({ received_online: "5" }), "type", "received_online"],
    ["a count written the Vietnamese way", dossiers({ received_direct: "1.209" }), "type", "received_direct"],
    ["null", dossiers({ returned: null }), "required", "returned"],
    ["a fraction", dossiers({ resolved_early: 1.5 }), "integer", "resolved_early"],
    ["a negative number", dossiers({ pending_overdue: -1 }), "non_negative", "pending_overdue"],
    ["an unknown column", dossiers({ received_by_fax: 1 }), "unknown_column", "received_by_fax"],
    ["a missing required column", (({ carried_over: _, ...rest }) => rest)(dossiers()), "required", "carried_over"],
    ["a boolean", dossiers({ resolved_late: true }), "type", "resolved_late"],
    ["a total that is not the sum of its parts", dossiers({ resolved_total: 7 }), "sum", "resolved_total"],
  ];

  for (const [name, values, rule, column] of rejected) {
    it(`${name} → ${rule} on ${column}`, async () => {
      const p = reportPath("2026-06", "dossiers", "SUB-01");
      const answer = await call("PUT", p, { token, body: { values } });
      expectRejected(answer);
      expect(answer.body.errors.map((e: { rule: string; columns: string[] }) => [e.rule, e.columns[0]])).toContainEqual([rule, column]);
      expectError(await call("GET", p, { token }), 404);
      expect(await versionCount(p)).toBe(0);
    });
  }

  it("a derived total sent as null or blank text is refused, not taken as omitted", async () => {
    const p = reportPath("2026-06", "dossiers", "SUB-01");
    for (const sent of [null, "", " "]) {
      const answer = await call("PUT", p, { token, body: { values: dossiers({ received_total: sent }) } });
      expectRejected(answer);
      expect(answer.body.errors.map((e: { columns: string[] }) => e.columns[0])).toContain("received_total");
    }
    expect(await versionCount(p)).toBe(0);
  });

  it("a total that is not the sum of its parts names the total first, then its parts, with expected and actual", async () => {
    const answer = await call("PUT", reportPath("2026-06", "dossiers", "SUB-01"), { token, body: { values: dossiers({ received_total: 11 }) } });
    expectRejected(answer);
    expect(answer.body.errors).toHaveLength(1);
    const [error] = answer.body.errors;
    expect(error.rule).toBe("sum");
    expect(error.columns[0]).toBe("received_total");
    expect([...error.columns].sort()).toEqual(["carried_over", "received_direct", "received_online", "received_total"]);
    expect(error.expected).toBe(10);
    expect(error.actual).toBe(11);
    expect(error.message).toContain("Tổng số hồ sơ tiếp nhận");
  });

  it("a part larger than its whole (centers) is refused", async () => {
    const answer = await call("PUT", reportPath("2026-06", "centers", "SUB-01"), {
      token, body: { values: centers({ full_cycle_done: 7, full_cycle_added: 2 }) },
    });
    expectRejected(answer);
    const error = answer.body.errors.find((e: { rule: string }) => e.rule === "part_le_whole");
    expect(error.columns).toEqual(["full_cycle_after", "tthc_at_center"]);
    expect(error.expected).toBe(8);
    expect(error.actual).toBe(9);
  });

  it("a rejected amendment leaves the previous version as the latest", async () => {
    const p = reportPath("2026-05", "dossiers", "SUB-01");
    const first = await call("PUT", p, { token, body: { values: dossiers() } });
    expect(first.status).toBe(201);
    expectRejected(await call("PUT", p, { token, body: { values: dossiers({ returned: "một" }) } }));
    const get = await call("GET", p, { token });
    expect(get.body.version).toBe(1);
    expect(get.body.receipt).toBe(first.body.receipt);
    expect(get.body.values.returned).toBe(1);
    expect(await versionCount(p)).toBe(1);
    // The next accepted amendment is version 2: the refused attempt used no number.
    const next = await call("PUT", p, { token, body: { values: dossiers({ returned: 1 }) } });
    expect(next.status).toBe(200);
    expect(next.body.version).toBe(2);
  });
});

describe("400: a body that is not a submission", () => {
  const p = reportPath("2026-04", "dossiers", "SUB-01");
  const bodies: [string, string][] = [
    ["malformed JSON", '{"values": {"received_online": 5,'],
    ["an empty body", ""],
    ["a JSON array", "[]"],
    ["a JSON string", '"values"'],
    ["JSON null", "null"],
    ["a JSON number", "42"],
    ["no values", '{"notes": "không có"}'],
    ["values an array", '{"values": [1, 2, 3]}'],
    ["values null", '{"values": null}'],
    ["values a string", '{"values": "received_online=5"}'],
    ["notes a number", JSON.stringify({ values: dossiers(), notes: 5 })],
    ["notes null", JSON.stringify({ values: dossiers(), notes: null })],
    ["notes an object", JSON.stringify({ values: dossiers(), notes: { vi: "x" } })],
  ];
  for (const [name, raw] of bodies) {
    it(`${name} → 400, nothing stored`, async () => {
      expectError(await call("PUT", p, { token, raw, headers: { "Content-Type": "application/json" } }), 400);
      expect(await versionCount(p)).toBe(0);
    });
  }
});

describe("413: a body over 256 KiB", () => {
  const p = reportPath("2026-03", "dossiers", "SUB-01");

  it("is refused with a truthful Content-Length", async () => {
    const raw = jsonOfSize({ values: dossiers() }, 256 * KiB + 1);
    expectError(await call("PUT", p, { token, raw, headers: { "Content-Length": String(256 * KiB + 1) } }), 413);
    expect(await versionCount(p)).toBe(0);
  });

  it("is refused when sent as a stream without Content-Length", async () => {
    const raw = jsonOfSize({ values: dossiers() }, 300 * KiB);
    expectError(await call("PUT", p, { token, raw, stream: true }), 413);
    expect(await versionCount(p)).toBe(0);
  });

  it("counts bytes, not characters", async () => {
    // 100 000 Vietnamese letters of 3 bytes each: under 256 Ki characters, over 256 KiB.
    const raw = JSON.stringify({ values: dossiers(), notes: "ệ".repeat(100_000) });
    expect(raw.length).toBeLessThan(256 * KiB);
    expectError(await call("PUT", p, { token, raw, stream: true }), 413);
    expectError(await call("PUT", p, { token, raw }), 413);
  });

  it("accepts exactly 256 KiB", async () => {
    const raw = jsonOfSize({ values: dossiers() }, 256 * KiB);
    const put = await call("PUT", p, { token, raw, stream: true });
    expect(put.status, JSON.stringify(put.body)).toBe(201);
    const again = await call("PUT", p, { token, raw, headers: { "Content-Length": String(256 * KiB) } });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
  });
});

describe("404: unknown unit, form or period", () => {
  it("PUT and GET answer 404", async () => {
    const body = { values: dossiers() };
    for (const p of [
      reportPath("2026-09", "dossiers", "SUB-NOWHERE"),
      reportPath("2026-09", "nope", "SUB-01"),
      reportPath("2026-13", "dossiers", "SUB-01"),
      reportPath("2026-Q5", "dossiers", "SUB-01"),
      reportPath("september", "dossiers", "SUB-01"),
    ]) {
      expectError(await call("PUT", p, { body }), 404);
      expectError(await call("GET", p), 404);
      expectError(await call("GET", `${p}/versions`), 404);
    }
    expectError(await call("PUT", reportPath("2026-09", "nope", "SUB-01"), { token, body }), 404);
  });

  it("GET of a report never submitted answers 404", async () => {
    expectError(await call("GET", reportPath("2026-12", "centers", "SUB-01"), { token }), 404);
    expectError(await call("GET", `${reportPath("2026-12", "centers", "SUB-01")}/versions`, { token }), 404);
  });
});

describe("late", () => {
  /** Today in Vietnam (UTC+7), and the day before. */
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const yesterday = new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);

  it("a report whose deadline is long past is late; one due in the future is not", async () => {
    const past = await call("PUT", reportPath("2020-01", "dossiers", "SUB-01"), { token, body: { values: dossiers() } });
    expect(past.status).toBe(201);
    expect(past.body.late).toBe(true);
    expect((await call("GET", reportPath("2020-01", "dossiers", "SUB-01"), { token })).body.late).toBe(true);

    const future = await call("PUT", reportPath("2099-01", "dossiers", "SUB-01"), { token, body: { values: dossiers() } });
    expect(future.status).toBe(201);
    expect(future.body.late).toBe(false);
    expect((await call("GET", reportPath("2099-01", "dossiers", "SUB-01"), { token })).body.late).toBe(false);
  });

  it("amendments keep the first version's lateness", async () => {
    const past = await call("PUT", reportPath("2020-01", "dossiers", "SUB-01"), { token, body: { values: dossiers({ returned: 1 }) } });
    expect(past.body).toMatchObject({ version: 2, late: true });
    const future = await call("PUT", reportPath("2099-01", "dossiers", "SUB-01"), { token, body: { values: dossiers({ returned: 1 }) } });
    expect(future.body).toMatchObject({ version: 2, late: false });
  });

  it("amending an on-time report after its deadline does not make it late", async () => {
    const p = reportPath("2030-05", "dossiers", "SUB-01");
    const onTime = await call("PUT", p, { token, body: { values: dossiers() }, env: { DEADLINES: JSON.stringify({ overrides: { "2030-05": "2099-12-31" } }) } });
    expect(onTime.body).toMatchObject({ version: 1, late: false });
    // The deadline has passed since (the office moved it back).
    const afterDeadline = { DEADLINES: JSON.stringify({ overrides: { "2030-05": "2000-01-01" } }) };
    const amended = await call("PUT", p, { token, body: { values: dossiers({ returned: 1 }) }, env: afterDeadline });
    expect(amended.body).toMatchObject({ version: 2, late: false });
    expect((await call("GET", p, { token, env: afterDeadline })).body).toMatchObject({ version: 2, late: false });
    // A new report of the same deadline would be late.
    const other = await call("PUT", reportPath("2030-05", "centers", "SUB-01"), { token, body: { values: centers() }, env: afterDeadline });
    expect(other.body).toMatchObject({ version: 1, late: true });
  });

  it("the deadline day itself is on time, the day after is late (dates in Vietnam)", async () => {
    const due = await call("PUT", reportPath("2031-01", "dossiers", "SUB-01"), {
      token, body: { values: dossiers() }, env: { DEADLINES: JSON.stringify({ overrides: { "2031-01": today } }) },
    });
    expect(due.body).toMatchObject({ version: 1, late: false });
    const overdue = await call("PUT", reportPath("2031-02", "dossiers", "SUB-01"), {
      token, body: { values: dossiers() }, env: { DEADLINES: JSON.stringify({ overrides: { "2031-02": yesterday } }) },
    });
    expect(overdue.body).toMatchObject({ version: 1, late: true });
  });
});
