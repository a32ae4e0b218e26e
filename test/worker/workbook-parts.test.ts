import { env } from "cloudflare:workers";
import ExcelJS from "../../worker/xlsx/exceljs.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../worker/app.ts";
import { ADMIN, call, dossiers, reportPath, unitWithToken } from "./client.ts";

const PERIOD = "2034-03";
/** A deployment whose parts hold 300 cells: this small registry's workbook then needs several, as 3,300 units do at 100,000. */
const SMALL = { WORKBOOK_PART_CELLS: "100" };

interface Part { part: number; fileName: string; sheets: string[]; cells: number }

async function download(query: string, vars?: Record<string, string>) {
  const request = new Request(`http://baocao.test/api/v1/reports/${PERIOD}.xlsx${query}`, { headers: { Authorization: `Bearer ${ADMIN}` } });
  return createApp().fetch(request, { ...env, ...vars });
}

async function workbookOf(response: Response): Promise<ExcelJS.Workbook> {
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

const rowsOf = (sheet: ExcelJS.Worksheet) => Array.from({ length: sheet.rowCount }, (_, r) => (sheet.getRow(r + 1).values as unknown[]).slice(1));
const baseName = (name: string) => name.replace(/ \(\d+\)$/, "");

describe("the consolidated workbook in parts", () => {
  beforeAll(async () => {
    const units = [["WP-SO-1", "cap-tinh"], ["WP-SO-2", "cap-tinh"], ["WP-XA-1", "cap-xa"], ["WP-XA-2", "cap-xa"], ["WP-XA-3", "cap-xa"], ["WP-XA-4", "cap-xa"]];
    for (const [i, [code, level]] of units.entries()) {
      const token = await unitWithToken(code!, level, `Đơn vị thử ${i + 1}`);
      const put = await call("PUT", reportPath(PERIOD, "dossiers", code!), { token, body: { values: dossiers() } });
      expect(put.status).toBe(201);
    }
  });

  it("is one part by default: listed as the workbook itself, served whole", async () => {
    const listed = await call("GET", `/api/v1/report-parts/${PERIOD}`);
    expect(listed.status).toBe(200);
    const parts = listed.body.parts as Part[];
    expect(parts).toHaveLength(1);
    expect(parts[0]!.fileName).toBe(`Báo cáo tổng hợp ${PERIOD}.xlsx`);
    const whole = await workbookOf(await download(""));
    expect(parts[0]!.sheets).toEqual(whole.worksheets.map((s) => s.name));
    expect((await workbookOf(await download("?part=1"))).worksheets.map((s) => s.name)).toEqual(parts[0]!.sheets);
  });

  it("too big for one part: listed, refused whole with the list, served part by part, and the parts put together are the workbook", async () => {
    const listed = await call("GET", `/api/v1/report-parts/${PERIOD}`, { env: SMALL });
    const parts = listed.body.parts as Part[];
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.map((p) => p.part)).toEqual(parts.map((_, i) => i + 1));

    const refused = await download("", SMALL);
    expect(refused.status).toBe(409);
    const error = ((await refused.json()) as { error: { code: string; message: string; parts: Part[] } }).error;
    expect(error.code).toBe("workbook_in_parts");
    expect(error.message).toContain(`${parts.length} phần`);
    expect(error.parts).toEqual(parts);

    const whole = await workbookOf(await download(""));
    const back = new Map<string, unknown[][]>();
    for (const part of parts) {
      const response = await download(`?part=${part.part}`, SMALL);
      expect(response.headers.get("Content-Disposition")).toContain(encodeURIComponent(`(phần ${part.part} trên ${parts.length}).xlsx`));
      const workbook = await workbookOf(response);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(part.sheets);
      for (const sheet of workbook.worksheets) {
        const rows = rowsOf(sheet);
        const name = baseName(sheet.name);
        const frozen = (sheet.views[0] as { ySplit?: number } | undefined)?.ySplit ?? 0;
        if (name !== sheet.name) back.get(name)!.push(...rows.slice(frozen));
        else back.set(name, rows);
      }
      // The add-in inserts the same part's sheets.
      const sheets = await call("GET", `/api/v1/report-sheets/${PERIOD}?part=${part.part}`, { env: SMALL });
      expect(sheets.status).toBe(200);
      expect(sheets.body).toMatchObject({ part: part.part, parts: parts.length, fileName: part.fileName });
      expect((sheets.body.sheets as { name: string }[]).map((s) => s.name)).toEqual(part.sheets);
    }
    expect([...back.keys()]).toEqual(whole.worksheets.map((s) => s.name));
    expect(whole.worksheets.some((s) => parts.some((p) => p.sheets.includes(`${s.name} (2)`)))).toBe(true);
    for (const sheet of whole.worksheets) {
      if (sheet.name === "Bìa") continue; // says when it was produced, a moment apart
      expect(back.get(sheet.name), sheet.name).toEqual(rowsOf(sheet));
    }
  });

  it("names a part that does not exist", async () => {
    const parts = ((await call("GET", `/api/v1/report-parts/${PERIOD}`, { env: SMALL })).body.parts as Part[]).length;
    for (const bad of ["0", "abc", "1.5", "-1"]) {
      const answer = await download(`?part=${bad}`, SMALL);
      expect(answer.status, bad).toBe(400);
      expect(((await answer.json()) as { error: { message: string } }).error.message).toContain("part");
    }
    const past = await download(`?part=${parts + 1}`, SMALL);
    expect(past.status).toBe(404);
    expect(((await past.json()) as { error: { message: string } }).error.message).toContain(`chỉ có ${parts} phần`);
    expect((await call("GET", `/api/v1/report-sheets/${PERIOD}?part=${parts + 1}`, { env: SMALL })).status).toBe(404);
  });

  it("refuses a malformed part size in the configuration", async () => {
    const answer = await call("GET", `/api/v1/report-parts/${PERIOD}`, { env: { WORKBOOK_PART_CELLS: "12" } });
    expect(answer.status).toBe(500);
    expect(answer.body.error.code).toBe("config_invalid");
    expect(answer.body.error.message).toContain("WORKBOOK_PART_CELLS");
  });
});
