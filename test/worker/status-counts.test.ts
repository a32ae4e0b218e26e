import { forms } from "../../shared/forms/catalogue.ts";
import { describe, expect, it } from "vitest";
import { call, centers, dossiers, reportPath, unitWithToken } from "./client.ts";

const PERIOD = "2033-02";

async function submit(unit: string, token: string, options: { form?: "dossiers" | "centers"; late?: boolean; values?: Record<string, unknown> } = {}) {
  const form = options.form ?? "dossiers";
  const answer = await call("PUT", reportPath(PERIOD, form, unit), {
    token,
    body: { values: options.values ?? (form === "dossiers" ? dossiers() : centers()) },
    // A deadline long past: stored as late.
    ...(options.late ? { env: { DEADLINES: JSON.stringify({ overrides: { [PERIOD]: "2000-01-01" } }) } } : {}),
  });
  expect([200, 201], JSON.stringify(answer.body)).toContain(answer.status);
  return answer.body.version as number;
}

const review = (unit: string, decision: "accepted" | "returned", version: number) =>
  call("POST", `/api/v1/reviews/${PERIOD}/dossiers/${unit}`, { body: { decision, version, comment: "Xem lại số liệu." } });

describe("status counts per level", () => {
  it("counts expected, submitted, late, missing, returned and accepted reports by level and form, and in all", async () => {
    const empty = await call("GET", `/api/v1/status/${PERIOD}`);
    expect(empty.body.locked).toBe(false);
    expect(empty.body.counts.all.dossiers).toEqual({ expected: 0, submitted: 0, late: 0, missing: 0, returned: 0, accepted: 0 });

    const t: Record<string, string> = {};
    for (const code of ["CT-1", "CT-2", "CT-3"]) t[code] = await unitWithToken(code, "cap-tinh");
    for (const code of ["CH-1", "CH-2"]) t[code] = await unitWithToken(code, "cap-huyen");
    for (const code of ["CX-1", "CX-2", "CX-3", "CX-4"]) t[code] = await unitWithToken(code, "cap-xa", `UBND xã ${code}`, "CH-1");

    // cap-tinh: one on time and accepted, one late, one missing.
    expect((await review("CT-1", "accepted", await submit("CT-1", t["CT-1"]!))).status).toBe(201);
    await submit("CT-2", t["CT-2"]!, { late: true });
    // cap-huyen: one returned, one missing.
    expect((await review("CH-1", "returned", await submit("CH-1", t["CH-1"]!))).status).toBe(201);
    // cap-xa: one on time (both forms), one late and returned, one missing, one returned then amended (reopened).
    await submit("CX-1", t["CX-1"]!);
    await submit("CX-1", t["CX-1"]!, { form: "centers" });
    expect((await review("CX-2", "returned", await submit("CX-2", t["CX-2"]!, { late: true }))).status).toBe(201);
    expect((await review("CX-4", "returned", await submit("CX-4", t["CX-4"]!))).status).toBe(201);
    expect(await submit("CX-4", t["CX-4"]!, { values: dossiers({ returned: 2, received_online: 6 }) })).toBe(2);

    const status = await call("GET", `/api/v1/status/${PERIOD}`);
    expect(status.status).toBe(200);
    const c = (expected: number, submitted: number, late: number, missing: number, returned: number, accepted: number) =>
      ({ expected, submitted, late, missing, returned, accepted });
    expect(status.body.counts).toMatchObject({
      "cap-tinh": { dossiers: c(3, 2, 1, 1, 0, 1), centers: c(3, 0, 0, 3, 0, 0) },
      "cap-huyen": { dossiers: c(2, 1, 0, 1, 1, 0), centers: c(2, 0, 0, 2, 0, 0) },
      "cap-xa": { dossiers: c(4, 3, 1, 1, 1, 0), centers: c(4, 1, 0, 3, 0, 0) },
      all: { dossiers: c(9, 6, 2, 3, 2, 1), centers: c(9, 1, 0, 8, 0, 0) },
    });
    // A form is expected only of the levels that file it for the period's type (Filing): the
    // digital targets of departments and districts, no review in a month.
    expect(status.body.counts).toMatchObject({
      "cap-tinh": { digital: c(3, 0, 0, 3, 0, 0), review: c(0, 0, 0, 0, 0, 0) },
      "cap-xa": { digital: c(0, 0, 0, 0, 0, 0), feedback: c(4, 0, 0, 4, 0, 0) },
      all: { digital: c(5, 0, 0, 5, 0, 0), review: c(0, 0, 0, 0, 0, 0), publication: c(0, 0, 0, 0, 0, 0) },
    });

    // The counts agree with the matrix they summarise.
    const units = status.body.units as { level: string; forms: Record<string, { state: string; review?: { decision: string } }> }[];
    for (const level of ["cap-tinh", "cap-huyen", "cap-xa", "all"]) {
      for (const { id: form } of forms) {
        const cells = units.filter((u) => level === "all" || u.level === level).flatMap((u) => (u.forms[form] ? [u.forms[form]] : []));
        expect(status.body.counts[level][form]).toEqual({
          expected: cells.length,
          submitted: cells.filter((x) => x.state !== "missing").length,
          late: cells.filter((x) => x.state === "late").length,
          missing: cells.filter((x) => x.state === "missing").length,
          returned: cells.filter((x) => x.review?.decision === "returned").length,
          accepted: cells.filter((x) => x.review?.decision === "accepted").length,
        });
      }
    }

    await call("PUT", `/api/v1/periods/${PERIOD}/lock`);
    const locked = await call("GET", `/api/v1/status/${PERIOD}`);
    expect(locked.body.locked).toBe(true);
    expect(locked.body.counts).toEqual(status.body.counts);
  });
});
